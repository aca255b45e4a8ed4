# Makes src/test/resources/r-reference/multiplicity.input.csv, the p-values that multiplicity.R adjusts.
# Run once from the project root (Rscript --vanilla src/test/R/inputs/multiplicity-input.R); the file is
# committed, and scripts/r-reference does not run this script. Made with R 4.2.2.
set.seed(1979)
cases <- list(
  pa_increasing = c(0.01, 0.02, 0.03, 0.04, 0.05),
  pa_unsorted = c(0.2, 0.001, 0.04, 0.012, 0.5, 0.03),
  pa_ties = c(0.03, 0.01, 0.03, 0.2, 0.01, 0.03, 0.5),
  pa_na = c(0.04, NA, 0.001, 0.5, NA, 0.03),
  pa_near_one = c(0.99, 0.999999, 1, 0.95, 0.5, 0.9999999999, 0.97),
  pa_zeros_and_tiny = c(0, 0, 1e-300, 2.2e-16, 0.2),
  pa_two = c(0.04, 0.01),
  pa_two_with_na = c(0.03, NA, 0.02),
  pa_three = c(0.02, 0.04, 0.01),
  pa_single = 0.03,
  pa_single_with_na = c(NA, 0.03),
  pa_all_na = c(NA, NA),
  pa_many_with_ties = c(round(runif(150)^3, 3), NA, round(runif(49), 2))
)
out <- data.frame(case = names(cases), quantity = "p",
                  value = vapply(cases, function(p) paste(as.character(p), collapse = " "), ""))
write.csv(out, "src/test/resources/r-reference/multiplicity.input.csv", row.names = FALSE, quote = FALSE)
