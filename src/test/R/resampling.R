# Expected values for Resampling and BootstrapReplicates, from R's boot package and chisq.test.
#
# Bootstrap intervals: Java and R cannot draw the same resamples, so the Java tests write their replicates
# into the input (see ResamplingRInput.java) and R computes the intervals from those very replicates. For
# each case this script builds a boot object for the case's statistic and data, replaces its replicates
# (t, t0, R) with Java's, computes the jackknife empirical influence values itself,
#   L <- empinf(data = d, statistic = s, stype = "i", type = "jack")        (boot:::usual.jack)
# and calls
#   boot.ci(b, conf = conf, type = c("perc", "bca"), L = L)
# Passing L makes BCa use the jackknife acceleration a = sum(L^3) / (6 sum(L^2)^1.5) (boot.ci's default
# would estimate L by regression on the resampling frequencies, which only R's own resamples have).
# Writes perc.low, perc.high, bca.low, bca.high, the acceleration a, below = sum(t < t0), max.L.diff (the
# largest difference between R's and Java's influence values, relative to the largest |L|) and warnings.
#
# Permutation chi-squared test: no match of random numbers with R is possible, so this writes R's
#   chisq.test(tab)$statistic, and chisq.test(tab, simulate.p.value = TRUE, B)$p.value with set.seed(1)
# whose Monte Carlo error the Java test allows for.
#
# Reads src/test/resources/r-reference/resampling.input.csv, writes resampling.csv (case,quantity,value;
# 17 significant digits). Made with R 4.2.2 and boot 1.3-28.1; run from the project root by
# scripts/r-reference.
suppressPackageStartupMessages(library(boot))
folder <- "src/test/resources/r-reference"
input <- read.csv(file.path(folder, "resampling.input.csv"), colClasses = "character")
get <- function(case, quantity) input$value[input$case == case & input$quantity == quantity]
nums <- function(case, quantity) as.numeric(strsplit(get(case, quantity), " ", fixed = TRUE)[[1]])

out <- list()
put <- function(case, quantity, value) {
  text <- if (is.character(value)) value else sprintf("%.17g", value)
  out[[length(out) + 1L]] <<- data.frame(case = case, quantity = quantity, value = text)
}

# The statistics of the Java cases, as boot statistics of (data, indices).
statistics <- list(
  mean = function(d, i) mean(d[i]),
  median = function(d, i) median(d[i]),
  var = function(d, i) var(d[i]),
  ratio = function(d, i) sum(d$x[i]) / sum(d$u[i])
)

cases <- unique(input$case)
for (case in cases[startsWith(cases, "boot_")]) {
  name <- get(case, "statistic")
  statistic <- statistics[[name]]
  data <- if (name == "ratio") data.frame(x = nums(case, "x"), u = nums(case, "u")) else nums(case, "x")
  t <- nums(case, "t")
  t0 <- as.numeric(get(case, "t0"))
  set.seed(1)
  b <- boot(data, statistic, R = 2)    # a boot object for this data and statistic ...
  b$t <- matrix(t, ncol = 1)           # ... with Java's replicates
  b$t0 <- t0
  b$R <- length(t)
  L <- empinf(data = data, statistic = statistic, stype = "i", type = "jack")
  warnings <- character()
  ci <- withCallingHandlers(boot.ci(b, conf = as.numeric(get(case, "conf")), type = c("perc", "bca"), L = L),
                            warning = function(w) {
                              warnings <<- c(warnings, conditionMessage(w))
                              invokeRestart("muffleWarning")
                            })
  put(case, "t0.R", statistic(data, seq_len(NROW(data))))
  put(case, "perc.low", ci$percent[4]); put(case, "perc.high", ci$percent[5])
  put(case, "bca.low", ci$bca[4]); put(case, "bca.high", ci$bca[5])
  put(case, "a", sum(L^3) / (6 * sum(L^2)^1.5))
  put(case, "below", sum(t < t0))
  put(case, "max.L.diff", max(abs(L - nums(case, "L"))) / max(abs(L)))
  put(case, "warnings", if (length(warnings)) paste(unique(warnings), collapse = "; ") else "none")
}

for (case in cases[startsWith(cases, "chisq_")]) {
  tab <- matrix(nums(case, "counts"), nrow = as.numeric(get(case, "rows")), byrow = TRUE)
  B <- as.numeric(get(case, "B"))
  put(case, "statistic", unname(suppressWarnings(chisq.test(tab))$statistic))
  set.seed(1)
  simulated <- chisq.test(tab, simulate.p.value = TRUE, B = B)
  put(case, "p.simulated", simulated$p.value)
  put(case, "B", B)
}

write.csv(do.call(rbind, out), file.path(folder, "resampling.csv"), row.names = FALSE, quote = FALSE)
