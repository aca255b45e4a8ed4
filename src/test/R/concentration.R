# Expected values for Concentration and Resampling.meanInterval (ConcentrationTest), by formula and from
# R's boot package, on the samples in src/test/resources/r-reference/concentration.input.csv (written by
# the Java test class ConcentrationRInput, with the Java bootstrap replicates).
#
# Made with R 4.2.2 and boot 1.3-28.1 (ineq is not installed; its definitions are written out):
#   Gini (ineq::Gini, corr = FALSE):  x <- sort(x); sum((2 * seq_len(n) - n - 1) * x) / (n * sum(x))
#   corrected (ineq::Gini, corr = TRUE): the same times n / (n - 1)
#   Lorenz curve (ineq::Lc):          p = (0:n) / n, L = c(0, cumsum(sort(x))) / sum(x)
#   top share of a fraction f:        1 - approx(p, L, xout = 1 - f)$y (linear interpolation on the curve)
#   BCa intervals (as resampling.R):  a boot object for the statistic with Java's replicates t and t0,
#     L <- empinf(data = x, statistic = s, stype = "i", type = "jack"),
#     boot.ci(b, conf = conf, type = c("perc", "bca"), L = L), for s = Gini and s = mean
# Writes concentration.csv (case,quantity,value; 17 significant digits): gini, gini.corrected,
# lorenz.p:<i>, lorenz.L:<i>, top:<f>, and for the bootstrap cases gini.bca.low/high, gini.perc.low/high,
# mean.bca.low/high, and <statistic>.max.L.diff (R's against Java's influence values, relative).
suppressPackageStartupMessages(library(boot))
folder <- "src/test/resources/r-reference"
input <- read.csv(file.path(folder, "concentration.input.csv"), colClasses = "character")
get <- function(case, quantity) input$value[input$case == case & input$quantity == quantity]
has <- function(case, quantity) any(input$case == case & input$quantity == quantity)
nums <- function(case, quantity) as.numeric(strsplit(get(case, quantity), " ", fixed = TRUE)[[1]])

rows <- character(0)
put <- function(case, quantity, value) {
  rows <<- c(rows, paste(case, quantity, sprintf("%.17g", value), sep = ","))
}

gini <- function(x) {
  x <- sort(x)
  n <- length(x)
  sum((2 * seq_len(n) - n - 1) * x) / (n * sum(x))
}
statistics <- list(gini = function(d, i) gini(d[i]), mean = function(d, i) mean(d[i]))

for (case in unique(input$case)) {
  x <- nums(case, "x")
  n <- length(x)
  put(case, "gini", gini(x))
  put(case, "gini.corrected", gini(x) * n / (n - 1))
  p <- (0:n) / n
  L <- c(0, cumsum(sort(x))) / sum(x)
  for (i in 0:n) {
    put(case, paste0("lorenz.p:", i), p[i + 1])
    put(case, paste0("lorenz.L:", i), L[i + 1])
  }
  for (f in c(0.1, 0.2, 0.25, 0.5, 1)) {
    put(case, paste0("top:", f), 1 - approx(p, L, xout = 1 - f)$y)
  }
  if (has(case, "gini.t")) {
    conf <- as.numeric(get(case, "conf"))
    for (name in names(statistics)) {
      statistic <- statistics[[name]]
      set.seed(1)
      b <- boot(x, statistic, R = 2)        # a boot object for this sample and statistic ...
      b$t <- matrix(nums(case, paste0(name, ".t")), ncol = 1)   # ... with Java's replicates
      b$t0 <- as.numeric(get(case, paste0(name, ".t0")))
      b$R <- nrow(b$t)
      Ljack <- empinf(data = x, statistic = statistic, stype = "i", type = "jack")
      ci <- boot.ci(b, conf = conf, type = c("perc", "bca"), L = Ljack)
      put(case, paste0(name, ".t0.R"), statistic(x, seq_len(n)))
      put(case, paste0(name, ".perc.low"), ci$percent[4]); put(case, paste0(name, ".perc.high"), ci$percent[5])
      put(case, paste0(name, ".bca.low"), ci$bca[4]); put(case, paste0(name, ".bca.high"), ci$bca[5])
      put(case, paste0(name, ".max.L.diff"), max(abs(Ljack - nums(case, paste0(name, ".L")))) / max(abs(Ljack)))
    }
  }
}

writeLines(c("case,quantity,value", rows), file.path(folder, "concentration.csv"))
