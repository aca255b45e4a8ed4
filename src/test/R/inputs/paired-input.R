# Makes src/test/resources/r-reference/paired.input.csv, the square tables and paired samples that
# paired.R tests on. Run once from the project root (Rscript --vanilla src/test/R/inputs/paired-input.R);
# the file is committed, and scripts/r-reference does not run this script. Made with R 4.2.2.
# Format: case,quantity,value where value is a space-separated list of numbers (or one option value).
#   tables ("t_" cases): rows (k) and counts (the k x k counts row by row), level (for kappa's interval)
#   pairs ("w_" cases): x and y, the paired samples (integers and halves, exact in binary; NA allowed)
set.seed(20250213)
rows <- list()
add <- function(case, quantity, value) {
  rows[[length(rows) + 1L]] <<- data.frame(case = case, quantity = quantity,
                                           value = paste(value, collapse = " "))
}
tab <- function(case, counts, level = 0.95) {
  k <- sqrt(length(counts)); stopifnot(k == round(k))
  add(case, "rows", k); add(case, "counts", counts); add(case, "level", level)
}
# A screening-band table: 'n' cases moving between k cost bands from round 1 (rows) to round 2
# (columns), mostly staying, else one band up or down, rarely two.
bands <- function(n, k = 8, stay = 0.7, up = 0.2) {
  from <- sample(k, n, replace = TRUE, prob = rev(seq_len(k)))
  step <- sample(c(0, 1, -1, 2, -2), n, replace = TRUE, prob = c(stay, up, 0.9 - stay - up + 0.05, 0.03, 0.02))
  to <- pmin(pmax(from + step, 1), k)
  as.vector(t(table(factor(from, 1:k), factor(to, 1:k))))
}

tab("t2_basic", c(45, 12, 5, 38))
tab("t2_b_equals_c", c(20, 7, 7, 16))
tab("t2_no_discordant", c(10, 0, 0, 14))
tab("t2_one_discordant", c(10, 1, 0, 5))
tab("t2_c_zero", c(8, 6, 0, 9))
tab("t2_b_zero", c(8, 0, 4, 9))
tab("t2_small_n6", c(2, 3, 1, 0))
tab("t2_large_n3000", c(1200, 130, 95, 1575))
tab("t2_level_90", c(30, 9, 3, 22), level = 0.9)
tab("t3_basic", c(20, 5, 2, 3, 15, 6, 1, 2, 25))
tab("t3_empty_pair", c(12, 4, 0, 2, 9, 3, 0, 5, 14))
tab("t3_symmetric", c(7, 3, 2, 3, 5, 4, 2, 4, 9))
tab("t3_all_diagonal", c(6, 0, 0, 0, 4, 0, 0, 0, 8))
tab("t3_one_category", c(9, 0, 0, 0, 0, 0, 0, 0, 0))
tab("t3_zero_margin", c(10, 3, 0, 2, 8, 0, 0, 0, 0))
tab("t4_n105", c(12, 8, 5, 3, 7, 9, 10, 6, 3, 5, 8, 12, 1, 3, 6, 9), level = 0.99)
tab("t4_two_groups", c(10, 4, 0, 0, 1, 7, 0, 0, 0, 0, 5, 6, 0, 0, 2, 9))
tab("t8_bands_n60", bands(60))
tab("t8_bands_n300", bands(300))
tab("t8_bands_n2000", bands(2000, stay = 0.6, up = 0.25))
# Bands 4 and 7 only on the diagonal, band 8 empty: the discordant pairs split the bands in groups.
x <- matrix(bands(150), 8, byrow = TRUE)
x[4, -4] <- 0; x[-4, 4] <- 0; x[7, -7] <- 0; x[-7, 7] <- 0; x[8, ] <- 0; x[, 8] <- 0
tab("t8_bands_split", as.vector(t(x)))

# Paired samples
pairs <- function(case, x, y) { add(case, "x", as.character(x)); add(case, "y", as.character(y)) }
y <- round(runif(10, 10, 40)); pairs("w_n10_exact", y + c(3.5, -1, 6, 2.5, -4.5, 8, 0.5, 7, -2, 5), y)
y <- round(runif(1, 5, 9)); pairs("w_n1", y + 2.5, y)
pairs("w_n4_all_positive", c(5, 7, 9.5, 12), c(4, 5, 6, 8))
d <- sample(c(-1, 1), 49, TRUE, prob = c(0.35, 0.65)) * sample(200, 49) / 2  # distinct |d|, mostly positive
y <- round(runif(49, 100, 300)); pairs("w_n49_exact", y + d, y)
d <- sample(c(-1, 1), 60, TRUE) * sample(300, 60) / 2
y <- round(runif(60, 100, 300)); pairs("w_n60_no_ties", y + d, y)
pairs("w_ties_n9", c(3, 5, 4, 8, 6, 2, 9, 7, 5), c(1, 3, 6, 6, 4, 4, 5, 5, 3))
pairs("w_zeros_n8", c(4, 6, 5, 9, 3, 7, 8, 2), c(4, 3, 5, 2, 4, 1, 8, 2.5))
pairs("w_zeros_and_ties", c(10, 12, 11, 14, 9, 15, 13, 10), c(10, 10, 9, 12, 11, 11, 13, 8))
pairs("w_all_zero", c(3, 4, 5), c(3, 4, 5))
pairs("w_with_missing", c(4, NA, 7, 9.5, 12, 3, 8), c(1, 2, 5, NA, 8, 4.5, 2))
y <- round(rgamma(300, 2, 0.01)); pairs("w_costs_n300", pmax(0, y + round(rnorm(300, 15, 60))), y)
y <- round(rgamma(45, 2, 0.5)); pairs("w_rounded_n45", y + round(rnorm(45, 0.4, 2)), y)

write.csv(do.call(rbind, rows), "src/test/resources/r-reference/paired.input.csv", row.names = FALSE, quote = FALSE)
