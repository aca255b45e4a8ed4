# Expected values for PairedTests and Agreement (dk.casescreen.stats): McNemar, Bowker, Stuart-Maxwell,
# the Wilcoxon signed rank test and Cohen's kappa. Reads src/test/resources/r-reference/paired.input.csv
# (made by inputs/paired-input.R; case,quantity,value with counts and samples as space-separated numbers)
# and writes paired.csv (case,quantity,value; 17 significant digits). Made with R 4.2.2 (stats and MASS);
# run from the project root by scripts/r-reference.
#
# Per k x k table x (b = x[1, 2], c = x[2, 1] when k = 2):
#   mcnemar.test(x, correct = TRUE), mcnemar.test(x, correct = FALSE)             mcnemar_cc_*, mcnemar_*
#   binom.test(b, b + c, 0.5, conf.level = level): its p.value, b / c, and p / (1 - p) of its conf.int
#                                                                                  exact_*
#   Bowker's test over the pairs i < j with n_ij + n_ji > 0 (R has no option for this):
#     X2 = sum over those pairs of (n_ij - n_ji)^2 / (n_ij + n_ji), df = their number,
#     p = pchisq(X2, df, lower.tail = FALSE); checked against mcnemar.test(x, correct = FALSE) when no
#     pair is empty                                                                bowker_*
#   Stuart-Maxwell (R has no base function; coin is not installed): d = rowSums(x) - colSums(x),
#     V the covariance with V_ii = n_i. + n_.i - 2 n_ii and V_ij = -(n_ij + n_ji), statistic
#     d' MASS::ginv(V) d with df = qr(V)$rank (the generalized-inverse test), p from pchisq. Checked against
#     the textbook form d' solve(S) d on k' - 1 categories, df k' - 1, after dropping the categories
#     without off-diagonal counts, whenever the rest is one connected group   sm_*
#   Cohen's kappa by Fleiss, Cohen & Everitt (1969) on p = x / n, pr = rowSums(p), pc = colSums(p):
#     po = sum(diag(p)), pe = sum(pr * pc), kappa = (po - pe) / (1 - pe),
#     var = (sum(diag(p) * (1 - (pr + pc) * (1 - kappa))^2)
#            + (1 - kappa)^2 sum_{i != j} p_ij (pc_i + pr_j)^2 - (kappa - pe (1 - kappa))^2) / (n (1 - pe)^2),
#     var0 = (pe + pe^2 - sum(pr * pc * (pr + pc))) / (n (1 - pe)^2),
#     interval kappa -/+ qnorm((1 + level) / 2) sqrt(var), z = kappa / sqrt(var0), p = 2 pnorm(-|z|)
#     (the formulas of vcd::Kappa and psych::cohen.kappa; neither is installed)      kappa_*
# Per pair of samples x, y and exact in NULL, TRUE, FALSE, correct in TRUE, FALSE, alternative a:
#   wilcox.test(x, y, paired = TRUE, exact = exact, correct = correct, alternative = a)
#     statistic (V), p.<exact>.<correct>.<a>, method.<exact>.<correct> and warning.<exact>.<correct>
#     (R's warnings joined by "; ", "none" if none), n = number of non-zero differences
options(warn = 1)
folder <- "src/test/resources/r-reference"
input <- read.csv(file.path(folder, "paired.input.csv"), colClasses = "character")
get <- function(case, quantity) input$value[input$case == case & input$quantity == quantity]
nums <- function(case, quantity) suppressWarnings(as.numeric(strsplit(get(case, quantity), " ", fixed = TRUE)[[1]]))

out <- list()
put <- function(case, quantity, value) {
  text <- if (is.character(value)) value else sprintf("%.17g", as.numeric(value))
  out[[length(out) + 1L]] <<- data.frame(case = case, quantity = quantity, value = text)
}
with_warnings <- function(expr) {
  warnings <- character(0)
  value <- withCallingHandlers(expr, warning = function(w) {
    warnings <<- c(warnings, conditionMessage(w))
    invokeRestart("muffleWarning")
  })
  list(value = value, warnings = if (length(warnings)) paste(warnings, collapse = "; ") else "none")
}
close <- function(a, b) isTRUE(all.equal(unname(a), unname(b), tolerance = 1e-12))
cases <- unique(input$case)

bowker <- function(x) {
  n <- x + t(x); d <- x - t(x)
  used <- upper.tri(x) & n > 0
  s <- sum(d[used]^2 / n[used]); df <- sum(used)
  c(statistic = if (df > 0) s else NaN, df = df, p = if (df > 0) pchisq(s, df, lower.tail = FALSE) else NaN)
}
stuart_maxwell <- function(x) {
  d <- rowSums(x) - colSums(x)
  v <- -(x + t(x)); diag(v) <- rowSums(x) + colSums(x) - 2 * diag(x)
  df <- qr(v)$rank
  s <- if (df > 0) drop(t(d) %*% MASS::ginv(v) %*% d) else NaN
  # The textbook form where it applies: drop categories without off-diagonal counts; if the rest is
  # connected (rank k' - 1), solve() on the first k' - 1 categories must give the same statistic.
  keep <- diag(v) > 0
  if (sum(keep) >= 2 && df == sum(keep) - 1) {
    k <- sum(keep) - 1
    dk <- d[keep][1:k]; vk <- v[keep, keep][1:k, 1:k, drop = FALSE]
    stopifnot(close(drop(t(dk) %*% solve(vk, dk)), s))
  }
  c(statistic = s, df = df, p = if (df > 0) pchisq(s, df, lower.tail = FALSE) else NaN)
}
kappa <- function(x, level) {
  n <- sum(x); p <- x / n; pr <- rowSums(p); pc <- colSums(p)
  po <- sum(diag(p)); pe <- sum(pr * pc); k <- (po - pe) / (1 - pe)
  off <- p * outer(pc, pr, "+")^2; diag(off) <- 0
  var <- (sum(diag(p) * (1 - (pr + pc) * (1 - k))^2) + (1 - k)^2 * sum(off) - (k - pe * (1 - k))^2) /
    (n * (1 - pe)^2)
  var0 <- (pe + pe^2 - sum(pr * pc * (pr + pc))) / (n * (1 - pe)^2)
  z <- k / sqrt(var0); q <- qnorm((1 + level) / 2)
  c(estimate = k, ase = sqrt(var), ase0 = sqrt(var0), statistic = z, p = 2 * pnorm(-abs(z)),
    low = k - q * sqrt(var), high = k + q * sqrt(var))
}

for (case in cases[startsWith(cases, "t")]) {
  k <- as.integer(get(case, "rows"))
  x <- matrix(nums(case, "counts"), k, byrow = TRUE)
  if (k == 2) {
    for (correct in c(TRUE, FALSE)) {
      m <- mcnemar.test(x, correct = correct)
      prefix <- if (correct) "mcnemar_cc_" else "mcnemar_"
      put(case, paste0(prefix, "statistic"), m$statistic)
      put(case, paste0(prefix, "df"), m$parameter)
      put(case, paste0(prefix, "p"), m$p.value)
      put(case, paste0(prefix, "method"), m$method)
    }
    b <- x[1, 2]; c <- x[2, 1]
    if (b + c > 0) {
      e <- binom.test(b, b + c, 0.5, conf.level = as.numeric(get(case, "level")))
      put(case, "exact_p", e$p.value)
      put(case, "exact_estimate", b / c)
      put(case, "exact_low", e$conf.int[1] / (1 - e$conf.int[1]))
      put(case, "exact_high", e$conf.int[2] / (1 - e$conf.int[2]))
    } else {
      put(case, "exact_p", NaN)
    }
  }
  bw <- bowker(x)
  if (all((x + t(x))[upper.tri(x)] > 0)) {
    m <- mcnemar.test(x, correct = FALSE)
    stopifnot(close(m$statistic, bw[["statistic"]]), close(m$parameter, bw[["df"]]), close(m$p.value, bw[["p"]]))
  }
  put(case, "bowker_statistic", bw[["statistic"]])
  put(case, "bowker_df", bw[["df"]])
  put(case, "bowker_p", bw[["p"]])
  sm <- stuart_maxwell(x)
  put(case, "sm_statistic", sm[["statistic"]])
  put(case, "sm_df", sm[["df"]])
  put(case, "sm_p", sm[["p"]])
  kp <- kappa(x, as.numeric(get(case, "level")))
  for (q in names(kp)) put(case, paste0("kappa_", q), kp[[q]])
}

for (case in cases[startsWith(cases, "w_")]) {
  x <- nums(case, "x"); y <- nums(case, "y")
  d <- (x - y)[complete.cases(x, y)]
  put(case, "n", sum(d != 0))
  for (exact in list(NULL, TRUE, FALSE)) {
    e <- if (is.null(exact)) "NULL" else as.character(exact)
    for (correct in c(TRUE, FALSE)) {
      for (a in c("two.sided", "less", "greater")) {
        r <- with_warnings(wilcox.test(x, y, paired = TRUE, exact = exact, correct = correct, alternative = a))
        put(case, "statistic", r$value$statistic)
        put(case, paste("p", e, correct, a, sep = "."), r$value$p.value)
        put(case, paste("method", e, correct, sep = "."), r$value$method)
        put(case, paste("warning", e, correct, sep = "."), r$warnings)
      }
    }
  }
}
result <- unique(do.call(rbind, out))
stopifnot(!anyDuplicated(result[, c("case", "quantity")]))
write.csv(result, file.path(folder, "paired.csv"), row.names = FALSE, quote = FALSE)
