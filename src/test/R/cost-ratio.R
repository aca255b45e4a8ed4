# Reference values for CostRatioRTest: one hypothesis's cost ratio through the analysis path. The input
# src/test/resources/r-reference/cost-ratio.input.csv holds the screened cases of the built-in
# synthetic reference data with an annual cost and a known exposure (written by CostRatioRTest with
# -Dcasescreen.writeRInput=true): the hypothesis id, each confounder's levels in sheet order ("Ved ikke"
# left out), then cost, exposure and the confounders' answer codes (empty: missing or "Ved ikke").
#
# Made with R 4.2.2 (stats). Calls, on the complete cases, factors with the sheet's levels and the
# levels nobody has dropped (droplevels), treatment contrasts:
#   fit <- glm(cost ~ exposure + confounders, family = Gamma(link = "log"), data = d,
#              control = glm.control(epsilon = 1e-12, maxit = 100)), continued from its estimate with
#   epsilon = 1e-15 (as gamma.R); summary(fit)$coefficients["exposure", ], the ratio exp(b), its
#   interval exp(b + qt(c(0.025, 0.975), df.residual(fit)) * se), nobs(fit), the mean cost of the
#   unexposed cases in the fit m, and the difference (ratio - 1) * m with its interval transformed alike.
# Output: src/test/resources/r-reference/cost-ratio.csv with case (the hypothesis id),quantity,value.
lines <- readLines("src/test/resources/r-reference/cost-ratio.input.csv")
id <- sub("^hypothesis,", "", lines[1])
level_lines <- grep("^levels:", lines, value = TRUE)
levels <- list()
for (l in level_lines) {
  parts <- strsplit(sub("^levels:", "", l), ",", fixed = TRUE)[[1]]
  levels[[parts[1]]] <- strsplit(parts[2], ";", fixed = TRUE)[[1]]
}
header <- length(level_lines) + 2
d <- read.csv(text = lines[header:length(lines)], stringsAsFactors = FALSE, colClasses = "character",
              na.strings = "")
d$cost <- as.numeric(d$cost)
d$exposure <- as.numeric(d$exposure)
for (key in names(levels)) {
  d[[key]] <- factor(d[[key]], levels = levels[[key]])
}
d <- d[complete.cases(d), ]
for (key in names(levels)) {
  d[[key]] <- droplevels(d[[key]])
}
formula <- as.formula(paste("cost ~ exposure", paste(c("", names(levels)), collapse = " + ")))
fit <- glm(formula, family = Gamma(link = "log"), data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
fit <- glm(formula, family = Gamma(link = "log"), data = d, start = coef(fit),
           control = glm.control(epsilon = 1e-15, maxit = 100))
stopifnot(fit$converged)
cf <- summary(fit)$coefficients
b <- cf["exposure", "Estimate"]
se <- cf["exposure", "Std. Error"]
df <- df.residual(fit)
m <- mean(d$cost[d$exposure == 0])
ratio <- exp(b)
low <- exp(b + qt(0.025, df) * se)
high <- exp(b + qt(0.975, df) * se)
rows <- character(0)
put <- function(quantity, value) rows <<- c(rows, paste(id, quantity, sprintf("%.17g", value), sep = ","))
put("ratio", ratio)
put("conf.low", low)
put("conf.high", high)
put("p.value", cf["exposure", "Pr(>|t|)"])
put("nobs", nobs(fit))
put("unexposed.mean", m)
put("difference", (ratio - 1) * m)
put("difference.conf.low", (low - 1) * m)
put("difference.conf.high", (high - 1) * m)
writeLines(c("case,quantity,value", rows), "src/test/resources/r-reference/cost-ratio.csv")
