# Expected values for RankTests: the Wilcoxon rank sum (Mann-Whitney) test, Spearman's rank correlation
# test and the Kruskal-Wallis test, computed by R's stats package.
#   wilcox.test(x, y, alternative = a, exact = e, correct = c)    e: NULL, TRUE or FALSE as in the input
#   cor.test(x, y, method = "spearman", alternative = a)          (exact = NULL: AS 89 where R uses it)
#   kruskal.test(list(g1, g2, ...))
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
