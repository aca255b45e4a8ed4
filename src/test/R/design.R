# Expected values for DesignMatrix.modelMatrix and ContingencyTable.of(String[], String[]): R's
# model.matrix(~ terms, data) (treatment contrasts, rows with NA left out by model.frame's na.omit) and
# table(x, y) (NA left out), on the data set src/test/resources/r-reference/design.input.csv (fixed data,
# written by hand). Character columns become factors with levels sorted in the C locale, as
# Sys.setlocale("LC_COLLATE", "C") makes sort() do. Writes design.csv (case,quantity,value): for each
# model.matrix case the column names (names, separated by |), the number of rows (nrow) and every cell
# (x.<row>.<column>, 1-based); for each table case the levels (rows, columns, separated by |) and the
# counts (n.<row>.<column>). Made with R 4.2.2; run from the project root by scripts/r-reference.
invisible(Sys.setlocale("LC_COLLATE", "C"))
folder <- "src/test/resources/r-reference"
data <- read.csv(file.path(folder, "design.input.csv"), na.strings = "NA")
out <- list()
add <- function(case, quantity, value) {
  out[[length(out) + 1L]] <<- data.frame(case = case, quantity = quantity, value = value)
}
matrices <- list(sex_region_age = ~ sex + region + age, region = ~ region, smoker_age = ~ smoker + age,
                 band_sex = ~ band + sex)
for (case in names(matrices)) {
  x <- model.matrix(matrices[[case]], data)
  add(case, "names", paste(colnames(x), collapse = "|"))
  add(case, "nrow", nrow(x))
  for (i in seq_len(nrow(x))) for (j in seq_len(ncol(x))) add(case, sprintf("x.%d.%d", i, j), sprintf("%.17g", x[i, j]))
}
tables <- list(region_sex = c("region", "sex"), band_smoker = c("band", "smoker"))
for (case in names(tables)) {
  v <- tables[[case]]
  t <- table(data[[v[1]]], data[[v[2]]])
  add(case, "rows", paste(rownames(t), collapse = "|"))
  add(case, "columns", paste(colnames(t), collapse = "|"))
  for (i in seq_len(nrow(t))) for (j in seq_len(ncol(t))) add(case, sprintf("n.%d.%d", i, j), t[i, j])
}
write.csv(do.call(rbind, out), file.path(folder, "design.csv"), row.names = FALSE, quote = FALSE)
