# Expected values for Multiplicity: p.adjust(p, method) (R's stats package) for every method of
# p.adjust.methods ("holm", "hochberg", "hommel", "bonferroni", "BH", "BY", "fdr", "none"), on the
# p-values in src/test/resources/r-reference/multiplicity.input.csv (made by inputs/multiplicity-input.R;
# case,quantity,value with the p-values space-separated, NA for missing). Writes multiplicity.csv
# (case,quantity,value) with quantities <method>.<i> for the i-th p-value, 17 significant digits.
# Made with R 4.2.2; run from the project root by scripts/r-reference.
folder <- "src/test/resources/r-reference"
input <- read.csv(file.path(folder, "multiplicity.input.csv"), colClasses = "character")
out <- list()
for (row in seq_len(nrow(input))) {
  text <- strsplit(input$value[row], " ", fixed = TRUE)[[1]]
  p <- as.numeric(replace(text, text == "NA", NA))
  for (method in p.adjust.methods) {
    adjusted <- p.adjust(p, method)
    out[[length(out) + 1L]] <- data.frame(case = input$case[row], quantity = paste0(method, ".", seq_along(p)),
                                          value = sprintf("%.17g", adjusted))
  }
}
write.csv(do.call(rbind, out), file.path(folder, "multiplicity.csv"), row.names = FALSE, quote = FALSE)
