# Expected values for the contingency-table tests and binomial intervals (dk.casescreen.stats:
# Tests, Intervals, ContingencyTable). Reads src/test/resources/r-reference/categorical.input.csv
# (one case per line: kind "table" with its counts row by row, or kind "binomial" with "x n") and
# writes src/test/resources/r-reference/categorical.csv (case,quantity,value).
#
# Made with R 4.2.2 (stats only). Calls, per table x (empty rows and columns dropped first, as the
# Java code does, for chisq.test; fisher.test gets the table as it is):
#   chisq.test(x, correct = FALSE), chisq.test(x, correct = TRUE)    chi_*, yates_*
#   sqrt(chisq.test(x, correct = FALSE)$statistic / (n * (min(dim(x)) - 1)))   cramers_v
#   outer(rowSums(x), colSums(x)) / sum(x) (chisq.test's $expected, on the whole table)  expected_*
#   fisher.test(x, workspace = 2e8, conf.level = level)              fisher_p, fisher_r_*
#   every table with x's margins enumerated (below)                  fisher_p_enumerated
#   for 2 x 2 tables: fisher.test's estimate and interval re-solved to full precision (below),
#   and glm(cbind(events, nonevents) ~ group, binomial)              woolf_*
#   prop.trend.test(x, n, score)                                     trend_statistic, trend_p
#   the signed z of that test, by formula (R has no function for it; below), with events in row 1
#   (column 1 of a k x 2 table) and in row 2 (column 2), and pnorm(z) for one-sided p-values
#                                                                    trend_z_*
#   prop.test(x, n, correct = FALSE)$conf.int, binom.test(x, n)$conf.int   wilson_*, cp_*
#   prop.test(x, n, correct = TRUE)$conf.int                        wilson_cc_*
options(warn = 1)
folder <- "src/test/resources/r-reference"
input <- read.csv(file.path(folder, "categorical.input.csv"), colClasses = "character")
out <- character(0)
put <- function(case, quantity, value) {
  out <<- c(out, paste(case, quantity, sprintf("%.17g", as.numeric(value)), sep = ","))
}
numbers <- function(text) as.numeric(strsplit(trimws(text), " +")[[1]])

# fisher.test finds the conditional MLE and the interval limits with uniroot(tol ~ 1.2e-4) on
# t = ncp in (0, 1) or t = 1 / ncp. The same equations as fisher.test's mle(), ncp.L() and
# ncp.U() (same dhyper log-densities, same tail sums), solved on theta = log(ncp) to 1e-15:
precise_2x2 <- function(x, conf.level) {
  m <- sum(x[, 1L]); n <- sum(x[, 2L]); k <- sum(x[1L, ]); x11 <- x[1L, 1L]
  lo <- max(0L, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dn <- function(theta) { d <- logdc + theta * support; d <- exp(d - max(d)); d / sum(d) }
  mn <- function(theta) sum(support * dn(theta))
  upper_tail <- function(theta) sum(dn(theta)[support >= x11])
  lower_tail <- function(theta) sum(dn(theta)[support <= x11])
  root <- function(f, direction) {
    uniroot(f, c(-1, 1), extendInt = direction, tol = 1e-15, maxiter = 10000)$root
  }
  alpha <- (1 - conf.level) / 2
  c(estimate = if (x11 == lo) 0 else if (x11 == hi) Inf else exp(root(function(t) mn(t) - x11, "upX")),
    low = if (x11 == lo) 0 else exp(root(function(t) upper_tail(t) - alpha, "upX")),
    high = if (x11 == hi) Inf else exp(root(function(t) lower_tail(t) - alpha, "downX")))
}

# FEXACT (fisher.test for tables larger than 2 x 2) merges past path values within 3.45e-7 of each
# other on the log scale, so its p-value can be off by ~1e-9 relative for large n. An independent
# exact reference: every table with the margins enumerated, the probabilities summed in double
# precision from lchoose() / lfactorial(), with fisher.test's relative tolerance 1e-7 for "as or
# less probable". For two-row (or two-column) tables all tables at once, for small n recursively.
enumerated_two_rows <- function(x) {
  if (nrow(x) != 2) x <- t(x)
  cs <- colSums(x); r1 <- sum(x[1, ]); k <- length(cs)
  grid <- as.matrix(expand.grid(lapply(cs[-k], function(c) 0:c)))
  last <- r1 - rowSums(grid)
  ok <- last >= 0 & last <= cs[k]
  grid <- grid[ok, , drop = FALSE]
  last <- last[ok]
  lp <- lchoose(cs[k], last) - lchoose(sum(cs), r1)
  for (j in seq_len(k - 1)) lp <- lp + lchoose(cs[j], grid[, j])
  observed <- sum(lchoose(cs, x[1, ])) - lchoose(sum(cs), r1)
  sum(exp(lp[lp <= observed + log1p(1e-7)]))
}
compositions <- function(total, caps) {
  if (length(caps) == 1) return(if (total <= caps) matrix(total, 1, 1) else matrix(0, 0, 1))
  parts <- lapply(max(0, total - sum(caps[-1])):min(caps[1], total), function(a) {
    rest <- compositions(total - a, caps[-1])
    if (nrow(rest) == 0) rest else cbind(a, rest, deparse.level = 0)
  })
  do.call(rbind, parts)
}
enumerated_small <- function(x) {
  rs <- rowSums(x); cs <- colSums(x)
  constant <- sum(lfactorial(rs)) + sum(lfactorial(cs)) - lfactorial(sum(x))
  limit <- constant - sum(lfactorial(x)) + log1p(1e-7)
  total <- 0
  fill <- function(j, left, path) {
    if (j == length(cs)) {
      lp <- constant + path - sum(lfactorial(left))
      if (lp <= limit) total <<- total + exp(lp)
      return(invisible())
    }
    a <- compositions(cs[j], left)
    for (i in seq_len(nrow(a))) fill(j + 1, left - a[i, ], path - sum(lfactorial(a[i, ])))
  }
  fill(1, rs, 0)
  total
}

# The precise value must be the one fisher.test approximates: within uniroot's tolerance on the
# scale fisher.test solves on (ncp below 1, 1 / ncp above).
same_root <- function(r, precise) {
  r <- unname(r)
  if (!is.finite(precise) || precise == 0) return(identical(r, precise))
  if (precise <= 1) abs(r - precise) < 5e-4 else abs(1 / r - 1 / precise) < 5e-4
}

for (row in seq_len(nrow(input))) {
  case <- input$case[row]
  level <- if (nzchar(input$level[row])) as.numeric(input$level[row]) else 0.95
  if (input$kind[row] == "binomial") {
    xn <- numbers(input$counts[row])
    wilson <- suppressWarnings(prop.test(xn[1], xn[2], correct = FALSE, conf.level = level))
    put(case, "wilson_estimate", wilson$estimate)
    put(case, "wilson_low", wilson$conf.int[1])
    put(case, "wilson_high", wilson$conf.int[2])
    corrected <- suppressWarnings(prop.test(xn[1], xn[2], correct = TRUE, conf.level = level))
    put(case, "wilson_cc_low", corrected$conf.int[1])
    put(case, "wilson_cc_high", corrected$conf.int[2])
    cp <- binom.test(xn[1], xn[2], conf.level = level)
    put(case, "cp_low", cp$conf.int[1])
    put(case, "cp_high", cp$conf.int[2])
    next
  }
  x <- matrix(numbers(input$counts[row]), nrow = as.integer(input$rows[row]), byrow = TRUE)
  tested <- x[rowSums(x) > 0, colSums(x) > 0, drop = FALSE]
  if (min(dim(tested)) >= 2) {
    warned <- 0
    chi <- withCallingHandlers(chisq.test(tested, correct = FALSE),
                               warning = function(w) { warned <<- 1; invokeRestart("muffleWarning") })
    put(case, "chi_statistic", chi$statistic)
    put(case, "chi_df", chi$parameter)
    put(case, "chi_p", chi$p.value)
    put(case, "chi_warning", warned)
    yates <- suppressWarnings(chisq.test(tested, correct = TRUE))
    put(case, "yates_statistic", yates$statistic)
    put(case, "yates_p", yates$p.value)
    put(case, "yates_applied", grepl("Yates", yates$method))
    put(case, "cramers_v", sqrt(chi$statistic / (sum(tested) * (min(dim(tested)) - 1))))
  } else {
    put(case, "chi_p", NA)
  }
  expected <- outer(rowSums(x), colSums(x)) / sum(x)
  for (i in seq_len(nrow(x))) for (j in seq_len(ncol(x))) put(case, sprintf("expected_%d_%d", i, j), expected[i, j])
  if (sum(x) <= 1000 || length(x) <= 6) {  # FEXACT is out of reach for the large 2 x 6 and 5 x 6 tables
    f <- fisher.test(x, workspace = 2e8, conf.level = level)
    put(case, "fisher_p", f$p.value)
    groups <- if (nrow(x) == 2) colSums(x) else rowSums(x)
    if (min(dim(x)) == 2 && prod(head(groups, -1) + 1) <= 5e6) {
      put(case, "fisher_p_enumerated", enumerated_two_rows(x))
    } else if (sum(x) <= 20) {
      put(case, "fisher_p_enumerated", enumerated_small(x))
    }
    if (all(dim(x) == 2)) {
      precise <- precise_2x2(x, level)
      stopifnot(same_root(f$estimate, precise[["estimate"]]), same_root(f$conf.int[1], precise[["low"]]),
                same_root(f$conf.int[2], precise[["high"]]))
      put(case, "fisher_r_estimate", f$estimate)
      put(case, "fisher_r_low", f$conf.int[1])
      put(case, "fisher_r_high", f$conf.int[2])
      put(case, "fisher_estimate", precise[["estimate"]])
      put(case, "fisher_low", precise[["low"]])
      put(case, "fisher_high", precise[["high"]])
    }
  }
  if (all(dim(x) == 2)) {
    cells <- c(x[1, 1], x[1, 2], x[2, 1], x[2, 2])
    if (any(cells == 0)) cells <- cells + 0.5
    group <- factor(c("first", "second"), levels = c("second", "first"))
    events <- cells[c(1, 3)]
    nonevents <- cells[c(2, 4)]
    fit <- suppressWarnings(glm(cbind(events, nonevents) ~ group, family = binomial,
                                control = glm.control(epsilon = 1e-15, maxit = 100)))
    coef <- summary(fit)$coefficients["groupfirst", ]
    z <- qnorm((1 + level) / 2)
    woolf <- exp(coef[["Estimate"]] + c(0, -1, 1) * z * coef[["Std. Error"]])
    closed <- log(cells[1] * cells[4] / (cells[2] * cells[3]))
    stopifnot(abs(coef[["Estimate"]] - closed) < 1e-10,
              abs(coef[["Std. Error"]] - sqrt(sum(1 / cells))) < 1e-10 * sqrt(sum(1 / cells)))
    put(case, "woolf_estimate", woolf[1])
    put(case, "woolf_low", woolf[2])
    put(case, "woolf_high", woolf[3])
  }
  if (nzchar(input$scores[row])) {
    score <- numbers(input$scores[row])
    if (nrow(x) == 2) { events <- x[1, ]; sizes <- colSums(x) } else { events <- x[, 1]; sizes <- rowSums(x) }
    # With two groups the straight line fits the two shares exactly, and anova.lm warns that its F-test
    # is unreliable; prop.trend.test's X-squared (from the sums of squares) is right all the same.
    trend <- suppressWarnings(prop.trend.test(events, sizes, score))
    put(case, "trend_statistic", trend$statistic)
    put(case, "trend_p", trend$p.value)
    # The signed z, z^2 = prop.trend.test's X-squared: with p = sum(x) / sum(n) and the n-weighted mean
    # score, z = sum(x (score - mean)) / sqrt(p (1 - p) sum(n (score - mean)^2)).
    signed_z <- function(x) {
      keep <- sizes > 0
      p <- sum(x) / sum(sizes)
      centred <- score - sum(sizes * score) / sum(sizes)
      z <- sum(x * centred) / sqrt(p * (1 - p) * sum(sizes * centred^2))
      chi <- suppressWarnings(prop.trend.test(x[keep], sizes[keep], score[keep]))$statistic
      stopifnot(all.equal(z^2, unname(chi), tolerance = 1e-12))
      z
    }
    for (side in c("first", "second")) {
      z <- signed_z(if (side == "first") events else sizes - events)
      put(case, paste0("trend_z_", side), z)
      put(case, paste0("trend_z_", side, "_p_two.sided"), 2 * pnorm(-abs(z)))
      put(case, paste0("trend_z_", side, "_p_less"), pnorm(z))
      put(case, paste0("trend_z_", side, "_p_greater"), pnorm(z, lower.tail = FALSE))
    }
  }
}
writeLines(c("case,quantity,value", out), file.path(folder, "categorical.csv"))
