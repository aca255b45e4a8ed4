# Makes src/test/resources/r-reference/ranks.input.csv, the samples that ranks.R tests on.
# Run once from the project root (Rscript --vanilla src/test/R/inputs/ranks-input.R); the file is
# committed, and scripts/r-reference does not run this script. Made with R 4.2.2.
# Format: case,quantity,value where value is a space-separated list of numbers (or one option value).
set.seed(20240611)
rows <- list()
add <- function(case, quantity, value) {
  rows[[length(rows) + 1L]] <<- data.frame(case = case, quantity = quantity,
                                           value = paste(value, collapse = " "))
}
num <- function(v) as.character(v)   # shortest text that reads back as the same double
distinct <- function(n, digits = 3) {  # n values without ties
  repeat {
    v <- round(rnorm(n, 10, 3), digits)
    if (!anyDuplicated(v)) return(v)
  }
}

# Mann-Whitney: x, y, exact ("NULL", "TRUE", "FALSE"), correct ("TRUE", "FALSE")
mw <- function(case, x, y, exact = "NULL", correct = "TRUE") {
  add(case, "x", num(x)); add(case, "y", num(y)); add(case, "exact", exact); add(case, "correct", correct)
}
mw("mw_n1_n4", 3.5, c(1.25, 4.5, 7, 2))
mw("mw_n2_n3", c(1.2, 3.4), c(2.5, 0.7, 5.1))
mw("mw_n5_n4_separated", c(10.1, 11.3, 12.8, 13.2, 14), c(1.5, 2.5, 3.75, 4))
v <- distinct(21); mw("mw_n12_n9", v[1:12], v[13:21] + 1.5)
v <- distinct(89); mw("mw_n49_n40", v[1:49] + 0.8, v[50:89])
v <- distinct(89); mw("mw_n49_n40_no_shift", v[1:49], v[50:89])
mw("mw_ties_n8_n6", c(1, 2, 2, 3, 5, 5, 5, 8), c(2, 3, 3, 4, 6, 9))
mw("mw_ties_n8_n6_uncorrected", c(1, 2, 2, 3, 5, 5, 5, 8), c(2, 3, 3, 4, 6, 9), correct = "FALSE")
mw("mw_ties_n3_n3", c(1, 1, 2), c(3, 4, 4))
v <- distinct(105); mw("mw_n60_n45_normal", v[1:60] - 0.5, v[61:105])
v <- distinct(30); mw("mw_n18_n12_exact_false", v[1:18], v[19:30] + 1, exact = "FALSE")
v <- distinct(85); mw("mw_n55_n30_exact_true", v[1:55] + 1, v[56:85], exact = "TRUE")
mw("mw_large_ties", round(rgamma(300, 2, 0.5)), round(rgamma(250, 2.3, 0.5)))
mw("mw_large_ties_uncorrected", round(rgamma(400, 2, 0.5), 1), round(rgamma(350, 2, 0.5), 1), correct = "FALSE")

# Spearman: x, y
sp <- function(case, x, y) { add(case, "x", num(x)); add(case, "y", num(y)) }
noties <- function(n, noise) { x <- sample(n); y <- rank(x + rnorm(n, 0, noise * n)); list(x = x, y = y) }
sp("sp_n2", c(1.5, 2.5), c(3, 1))
sp("sp_n3", c(3, 1, 2), c(1, 2, 3))
d <- noties(5, 0.5); sp("sp_n5", d$x, d$y)
sp("sp_n5_rho0", c(1, 2, 3, 4, 5), c(3, 5, 2, 1, 4))
sp("sp_n7_perfect", 1:7, c(1.5, 2.1, 3.3, 4.8, 5, 6.2, 7.7))
sp("sp_n7_reversed", 1:7, 7:1)
d <- noties(9, 0.4); sp("sp_n9", d$x, d$y)
d <- noties(10, 0.4); sp("sp_n10", d$x, d$y)
d <- noties(10, 5); sp("sp_n10_weak", d$x, d$y)
d <- noties(50, 2); sp("sp_n50", d$x, d$y)
d <- noties(50, 0.15); sp("sp_n50_strong", d$x, d$y)
d <- noties(1000, 3); sp("sp_n1000", d$x, d$y)
d <- noties(1300, 3); sp("sp_n1300_t", d$x, d$y)
sp("sp_ties_n12", c(1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 8), c(2, 1, 3, 3, 5, 4, 6, 6, 9, 7, 8, 10))
x <- sample(1:5, 400, replace = TRUE); y <- pmin(5, pmax(1, x + sample(-2:2, 400, replace = TRUE)))
sp("sp_ties_n400_likert", x, y)

# Kruskal-Wallis: g1, g2, ... (the groups, in order)
kw <- function(case, ...) { gs <- list(...); for (i in seq_along(gs)) add(case, paste0("g", i), num(gs[[i]])) }
kw("kw_two_groups", c(2.9, 3.0, 2.5, 2.6, 3.2), c(3.8, 2.7, 4.0, 2.4))
kw("kw_three_unequal_ties", c(1, 2, 2, 4, 5), c(2, 3, 3, 3, 6, 7, 8), c(4, 5, 6))
kw("kw_singletons", 1.5, c(2, 3), c(0.5, 4, 4.5))
kw("kw_five_groups_ties", round(rnorm(7, 3)), round(rnorm(12, 3.5)), round(rnorm(4, 4)), round(rnorm(20, 3)),
   round(rnorm(9, 2.5)))
kw("kw_likert_large", sample(1:5, 210, TRUE, c(.3, .3, .2, .1, .1)), sample(1:5, 180, TRUE, c(.2, .3, .2, .2, .1)),
   sample(1:5, 250, TRUE), sample(1:5, 43, TRUE, c(.1, .1, .2, .3, .3)))

out <- do.call(rbind, rows)
write.csv(out, "src/test/resources/r-reference/ranks.input.csv", row.names = FALSE, quote = FALSE)
