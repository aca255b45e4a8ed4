# Expected values for RankTests: the Wilcoxon rank sum (Mann-Whitney) test, Spearman's rank correlation
# test and the Kruskal-Wallis test, computed by R's stats package.
#   wilcox.test(x, y, alternative = a, exact = e, correct = c)    e: NULL, TRUE or FALSE as in the input
#   cor.test(x, y, method = "spearman", alternative = a)          (exact = NULL: AS 89 where R uses it)
#   kruskal.test(list(g1, g2, ...))
# and the quantities these compute on the way without returning them, by the formulas of R's own source,
# each checked against what R returns:
#   u.x = wilcox.test(x, y)$statistic, u.y = wilcox.test(y, x)$statistic (= n_x n_y - u.x), rank sums
#   from rank(c(x, y)), z and z.corrected.<a> as wilcox.test's normal approximation computes them (its
#   p-value, exact = FALSE, is checked against pnorm of these);
#   Spearman's t = rho sqrt((n - 2) / (1 - rho^2)) on n - 2 df (p.t.<a> = cor.test(exact = FALSE)$p.value,
#   checked against pt of t) and z.normal = rho sqrt(n - 1) with p.normal.<a> from pnorm (no R function).
# Reads src/test/resources/r-reference/ranks.input.csv (made by inputs/ranks-input.R; case,quantity,value
# with the samples as space-separated numbers) and writes ranks.csv (case,quantity,value; 17 significant
# digits). For each case and alternative a in two.sided, less, greater it writes statistic, p.<a>,
# estimate (Spearman), parameter (Kruskal-Wallis), method and the warning R gave ("none" if none).
# Made with R 4.2.2; run from the project root by scripts/r-reference.
folder <- "src/test/resources/r-reference"
input <- read.csv(file.path(folder, "ranks.input.csv"), colClasses = "character")
get <- function(case, quantity) input$value[input$case == case & input$quantity == quantity]
nums <- function(case, quantity) as.numeric(strsplit(get(case, quantity), " ", fixed = TRUE)[[1]])

out <- list()
put <- function(case, quantity, value) {
  text <- if (is.character(value)) value else sprintf("%.17g", value)
  out[[length(out) + 1L]] <<- data.frame(case = case, quantity = quantity, value = text)
}
# Runs the call, keeping its warning (one at most here) instead of printing it.
with_warning <- function(expr) {
  warning <- "none"
  value <- withCallingHandlers(expr, warning = function(w) {
    warning <<- conditionMessage(w)
    invokeRestart("muffleWarning")
  })
  list(value = value, warning = warning)
}
alternatives <- c("two.sided", "less", "greater")
cases <- unique(input$case)

for (case in cases[startsWith(cases, "mw_")]) {
  x <- nums(case, "x"); y <- nums(case, "y")
  exact <- switch(get(case, "exact"), "NULL" = NULL, "TRUE" = TRUE, "FALSE" = FALSE)
  correct <- as.logical(get(case, "correct"))
  for (a in alternatives) {
    r <- with_warning(wilcox.test(x, y, alternative = a, exact = exact, correct = correct))
    if (a == "two.sided") {
      put(case, "statistic", unname(r$value$statistic))
      put(case, "method", r$value$method)
      put(case, "warning", r$warning)
    }
    put(case, paste0("p.", a), r$value$p.value)
  }
  # U, rank sums and the normal scores, as in wilcox.test.default's source
  nx <- length(x); ny <- length(y)
  r <- rank(c(x, y))
  u_x <- unname(suppressWarnings(wilcox.test(x, y, exact = FALSE))$statistic)
  u_y <- unname(suppressWarnings(wilcox.test(y, x, exact = FALSE))$statistic)
  stopifnot(isTRUE(all.equal(u_y, nx * ny - u_x)), isTRUE(all.equal(u_x, sum(r[seq_len(nx)]) - nx * (nx + 1) / 2)))
  put(case, "u.x", u_x)
  put(case, "u.y", u_y)
  put(case, "rank.sum.x", sum(r[seq_len(nx)]))
  put(case, "rank.sum.y", sum(r[nx + seq_len(ny)]))
  NTIES <- table(r)
  centred <- u_x - nx * ny / 2
  SIGMA <- sqrt((nx * ny / 12) * ((nx + ny + 1) - sum(NTIES^3 - NTIES) / ((nx + ny) * (nx + ny - 1))))
  z <- centred / SIGMA
  stopifnot(isTRUE(all.equal(2 * pnorm(-abs(z)),
                             suppressWarnings(wilcox.test(x, y, exact = FALSE, correct = FALSE))$p.value)))
  put(case, "z", z)
  for (a in alternatives) {
    CORRECTION <- switch(a, two.sided = sign(centred) * 0.5, greater = 0.5, less = -0.5)
    zc <- (centred - CORRECTION) / SIGMA
    p <- switch(a, two.sided = 2 * min(pnorm(zc), pnorm(zc, lower.tail = FALSE)), greater = pnorm(zc, lower.tail = FALSE),
                less = pnorm(zc))
    stopifnot(isTRUE(all.equal(p, suppressWarnings(wilcox.test(x, y, alternative = a, exact = FALSE,
                                                               correct = TRUE))$p.value)))
    put(case, paste0("z.corrected.", a), zc)
  }
}

for (case in cases[startsWith(cases, "sp_")]) {
  x <- nums(case, "x"); y <- nums(case, "y")
  for (a in alternatives) {
    r <- with_warning(cor.test(x, y, method = "spearman", alternative = a))
    if (a == "two.sided") {
      put(case, "statistic", unname(r$value$statistic))
      put(case, "estimate", unname(r$value$estimate))
      put(case, "warning", r$warning)
    }
    put(case, paste0("p.", a), r$value$p.value)
  }
  # t on n - 2 df, as cor.test(exact = FALSE) refers rho to it, and the normal score rho sqrt(n - 1)
  # (with n = 2, pt on 0 df gives NaN and warns "NaNs produced": the NaN is kept, the warning muffled)
  n <- length(x)
  rho <- unname(suppressWarnings(cor.test(x, y, method = "spearman", exact = FALSE))$estimate)
  t <- rho * sqrt((n - 2) / (1 - rho^2))
  z <- rho * sqrt(n - 1)
  put(case, "t", t)
  put(case, "df", n - 2)
  put(case, "z.normal", z)
  for (a in alternatives) {
    p <- suppressWarnings(cor.test(x, y, method = "spearman", alternative = a, exact = FALSE))$p.value
    from_t <- suppressWarnings(switch(a, two.sided = 2 * min(pt(t, n - 2), pt(t, n - 2, lower.tail = FALSE)),
                                      greater = pt(t, n - 2, lower.tail = FALSE), less = pt(t, n - 2)))
    stopifnot(is.na(p) || isTRUE(all.equal(p, from_t)))
    put(case, paste0("p.t.", a), p)
    put(case, paste0("p.normal.", a), switch(a, two.sided = 2 * pnorm(-abs(z)), greater = pnorm(z, lower.tail = FALSE),
                                             less = pnorm(z)))
  }
}

for (case in cases[startsWith(cases, "kw_")]) {
  quantities <- input$quantity[input$case == case]
  groups <- lapply(quantities, function(q) nums(case, q))
  r <- kruskal.test(groups)
  put(case, "statistic", unname(r$statistic))
  put(case, "parameter", unname(r$parameter))
  put(case, "p.value", r$p.value)
}

write.csv(do.call(rbind, out), file.path(folder, "ranks.csv"), row.names = FALSE, quote = FALSE)
