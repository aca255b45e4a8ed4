# Reference values for Models.gamma (GammaRegressionTest): gamma regression with a log link of annual
# cost on an exposure and confounders, on the data sets in src/test/resources/r-reference/gamma.input.csv
# (made by inputs/gamma-input.R).
#
# Made with R 4.2.2 (stats). Calls:
#   fit <- glm(cost ~ ..., family = Gamma(link = "log"), data = d,
#              control = glm.control(epsilon = 1e-12, maxit = 100)), then continued from its estimate
#   with glm(..., start = coef(fit), control = glm.control(epsilon = 1e-15, maxit = 100)).
#   glm's default epsilon = 1e-8 (relative change in deviance) leaves the estimates of these data sets
#   off by up to ~2e-4 relative (the deviance is flat at the optimum), too coarse for a 1e-6 comparison,
#   hence epsilon = 1e-12; the script checks only that the default fit agrees with it to 1e-4 (all.equal).
#   summary(fit)$coefficients (Estimate, Std. Error, t value, Pr(>|t|)), summary(fit)$dispersion
#   (Pearson chi^2 / df.residual), df.residual(fit), deviance(fit), logLik(fit), AIC(fit), BIC(fit),
#   and the interval of the ratio of means exp(estimate + qt(c(0.025, 0.975), df.residual) * se).
# Factors use treatment contrasts with the levels in sheet order (first level the reference).
# Output: src/test/resources/r-reference/gamma.csv with case,quantity,value; per case "coefficients"
# (the term names separated by ";"), then per term estimate, std.error, statistic, p.value, ratio,
# conf.low, conf.high as "<quantity>:<term>", then dispersion, df.residual, deviance, logLik, AIC, BIC, nobs.
input <- read.csv("src/test/resources/r-reference/gamma.input.csv", stringsAsFactors = FALSE)
groups <- c("intellectual_disability", "autism_and_intellectual_disability", "autism", "mental_illness",
            "acquired_brain_injury", "other")
providers <- c("municipal", "regional", "private")

rows <- character(0)
put <- function(case, quantity, value) {
  text <- if (is.character(value)) value else sprintf("%.17g", value)
  rows <<- c(rows, paste(case, quantity, text, sep = ","))
}

fit_case <- function(case, dataset, formula) {
  d <- input[input$dataset == dataset, ]
  d$target_group <- factor(d$target_group, levels = groups)
  d$provider_type <- factor(d$provider_type, levels = providers)
  fit <- glm(formula, family = Gamma(link = "log"), data = d,
             control = glm.control(epsilon = 1e-12, maxit = 100))
  stopifnot(fit$converged)
  # epsilon = 1e-12 still leaves estimates off by ~4e-7 relative (and p-values of |t| ~ 5 by ~2e-6):
  # continue from that estimate until the deviance no longer changes (epsilon = 1e-15).
  fit <- glm(formula, family = Gamma(link = "log"), data = d, start = coef(fit),
             control = glm.control(epsilon = 1e-15, maxit = 100))
  stopifnot(fit$converged)
  loose <- glm(formula, family = Gamma(link = "log"), data = d)
  stopifnot(isTRUE(all.equal(coef(loose), coef(fit), tolerance = 1e-4)))
  s <- summary(fit)
  cf <- s$coefficients
  df <- df.residual(fit)
  put(case, "coefficients", paste(rownames(cf), collapse = ";"))
  for (term in rownames(cf)) {
    b <- cf[term, "Estimate"]
    se <- cf[term, "Std. Error"]
    put(case, paste0("estimate:", term), b)
    put(case, paste0("std.error:", term), se)
    put(case, paste0("statistic:", term), cf[term, "t value"])
    put(case, paste0("p.value:", term), cf[term, "Pr(>|t|)"])
    put(case, paste0("ratio:", term), exp(b))
    put(case, paste0("conf.low:", term), exp(b + qt(0.025, df) * se))
    put(case, paste0("conf.high:", term), exp(b + qt(0.975, df) * se))
  }
  put(case, "dispersion", s$dispersion)
  put(case, "df.residual", df)
  put(case, "deviance", deviance(fit))
  put(case, "logLik", as.numeric(logLik(fit)))
  put(case, "AIC", AIC(fit))
  put(case, "BIC", BIC(fit))
  put(case, "nobs", nobs(fit))
}

fit_case("small", "small", cost ~ exposure + provider_type)
fit_case("medium", "medium", cost ~ exposure + target_group + provider_type)
fit_case("large", "large", cost ~ exposure + target_group + provider_type + age)
fit_case("sparse", "sparse", cost ~ exposure + target_group + provider_type)
fit_case("large_exposure_only", "large", cost ~ exposure)

writeLines(c("case,quantity,value", rows), "src/test/resources/r-reference/gamma.csv")
