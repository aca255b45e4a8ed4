# Reference values for dk.casescreen.stats.Models (ModelsAgainstRTest): logistic regression and the
# proportional-odds model, on the data in src/test/resources/r-reference/models.input.csv (written by
# the Java test class ModelsInput: the synthetic reference cases and generated data sets).
#
# Made with R 4.2.2, MASS 7.3-58 (polr), ordinal 2022.11-16 (clm). Calls:
#   logistic:          glm(y ~ ..., family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100))
#                      converged well past glm's default epsilon = 1e-8, so that the estimates are exact
#                      to ~1e-12 and can be compared at 1e-6, then refitted from the estimate (start =
#                      coef(fit)) so that the standard errors are those at the estimate; Wald intervals
#                      exp(confint.default(fit))
#   proportional odds: ordinal::clm(y ~ ..., link = "logit") with gradTol = 1e-10: Newton-Raphson with the
#                      analytic Hessian, so estimates and standard errors are exact to ~1e-9;
#                      zeta_k - x'beta, the sign convention of MASS::polr
#                      and MASS::polr(y ~ ..., method = "logistic", Hess = TRUE), written as "<case>.polr":
#                      polr maximises with BFGS (optim reltol 1e-8) and takes standard errors from a
#                      numerically differentiated Hessian, so its values agree with clm only to ~1e-4.
# Factors use treatment contrasts with levels in sheet order; "dont_know" (Ved ikke) and blanks (not
# answered, not applicable) are NA, and glm/clm/polr drop those cases (na.omit), as DesignMatrix does.
# Outcome levels that no case has are dropped (droplevels), as DesignMatrix does.
# Output: src/test/resources/r-reference/models.csv with case,quantity,value; per case "coefficients" and
# "thresholds" (the term names, separated by ";"), then per term estimate, std.error, statistic,
# p.value, conf.low and conf.high (odds ratio, 95% Wald) as "<quantity>:<term>", and logLik, deviance,
# AIC, BIC, nobs.

suppressPackageStartupMessages({
  library(MASS)
  library(ordinal)
})

input <- read.csv("src/test/resources/r-reference/models.input.csv", na.strings = "",
                  colClasses = c(dataset = "character"), stringsAsFactors = FALSE)

levels_in_sheet_order <- list(
  conviction = c("yes", "no"),
  cost_band = c("band_under_2_0", "band_2_0_2_5", "band_2_5_3_0", "band_3_0_3_5", "band_3_5_4_0",
                "band_4_6", "band_6_10", "band_over_10"),
  provider_type = c("municipal", "regional", "private"),
  target_group = c("intellectual_disability", "autism_and_intellectual_disability", "autism",
                   "mental_illness", "acquired_brain_injury", "other"),
  behaviour_decisive = c("yes", "no"),
  use_of_force = c("yes", "no"),
  gender = c("male", "female"),
  places_in_offer = c("n1", "n2_3", "n4_plus"),
  supplementary_tariff = c("yes", "no"))

reference <- input[input$dataset == "reference", ]
for (key in names(levels_in_sheet_order)) {
  codes <- reference[[key]]
  codes[!is.na(codes) & codes == "dont_know"] <- NA
  reference[[key]] <- factor(codes, levels = levels_in_sheet_order[[key]])
}
reference$conviction_yes <- as.integer(reference$conviction == "yes")
reference$cost_band <- droplevels(reference$cost_band)

generated <- function(name) {
  d <- input[input$dataset == name, ]
  d$y_ord <- factor(d$y_ord)
  d
}
small <- generated("small")
large <- generated("large")
sparse <- generated("sparse")

rows <- character(0)
put <- function(case, quantity, value) {
  text <- if (is.character(value)) value else sprintf("%.17g", value)
  rows <<- c(rows, paste(case, quantity, text, sep = ","))
}

put_terms <- function(case, kind, estimate, se) {
  put(case, kind, paste(names(estimate), collapse = ";"))
  z <- estimate / se
  for (term in names(estimate)) {
    put(case, paste0("estimate:", term), estimate[[term]])
    put(case, paste0("std.error:", term), se[[term]])
    put(case, paste0("statistic:", term), z[[term]])
    put(case, paste0("p.value:", term), 2 * pnorm(-abs(z[[term]])))
    if (kind == "coefficients") {
      put(case, paste0("conf.low:", term), exp(estimate[[term]] - qnorm(0.975) * se[[term]]))
      put(case, paste0("conf.high:", term), exp(estimate[[term]] + qnorm(0.975) * se[[term]]))
    }
  }
}

put_fit <- function(case, fit) {
  ll <- logLik(fit)
  put(case, "logLik", as.numeric(ll))
  put(case, "deviance", -2 * as.numeric(ll))
  put(case, "AIC", AIC(fit))
  put(case, "BIC", BIC(fit))
  put(case, "nobs", nobs(fit))
}

logistic <- function(case, formula, data) {
  control <- glm.control(epsilon = 1e-14, maxit = 100)
  fit <- glm(formula, family = binomial, data = data, control = control)
  # summary.glm takes the standard errors from the weights of the last IRLS iteration, computed at the
  # estimate of the iteration before, which can still differ by ~1e-6 when the deviance has converged to
  # 1e-14; refitting from the converged estimate puts the weights at the estimate itself.
  fit <- glm(formula, family = binomial, data = data, control = control, start = coef(fit))
  stopifnot(fit$converged)
  s <- summary(fit)$coefficients
  put(case, "thresholds", "")
  put_terms(case, "coefficients", s[, "Estimate"], s[, "Std. Error"])
  # Wald intervals as confint.default computes them, checked against the formula above.
  ci <- exp(confint.default(fit))
  stopifnot(isTRUE(all.equal(unname(ci[, 1]), unname(exp(s[, 1] - qnorm(0.975) * s[, 2])), tolerance = 1e-14)))
  put_fit(case, fit)
}

proportional_odds <- function(case, formula, data) {
  fit <- clm(formula, data = data, link = "logit", control = clm.control(gradTol = 1e-10, relTol = 1e-10))
  stopifnot(fit$convergence$code == 0)
  se <- sqrt(diag(vcov(fit)))
  put_terms(case, "thresholds", fit$alpha, se[names(fit$alpha)])
  put_terms(case, "coefficients", fit$beta, se[names(fit$beta)])
  put_fit(case, fit)
  old <- polr(formula, data = data, method = "logistic", Hess = TRUE)
  se <- sqrt(diag(vcov(old)))
  polr_case <- paste0(case, ".polr")
  put_terms(polr_case, "thresholds", old$zeta, se[names(old$zeta)])
  put_terms(polr_case, "coefficients", coef(old), se[names(coef(old))])
  put_fit(polr_case, old)
}

logistic("ref_logistic", conviction_yes ~ target_group + behaviour_decisive + use_of_force + gender + age, reference)
proportional_odds("ref_po", cost_band ~ provider_type + target_group + behaviour_decisive, reference)
reference_private <- reference
reference_private$provider_type <- relevel(reference_private$provider_type, ref = "private")
proportional_odds("ref_po_missing",
                  cost_band ~ provider_type + use_of_force + places_in_offer + supplementary_tariff + age,
                  reference_private)
logistic("small_logistic", y_bin ~ x1 + x2, small)
proportional_odds("small_po", y_ord ~ x1 + x2, small)
logistic("large_logistic", y_bin ~ x1 + x2 + x3 + x4, large)
proportional_odds("large_po", y_ord ~ x1 + x2 + x3 + x4, large)
logistic("sparse_logistic", y_bin ~ x1 + x2, sparse)
proportional_odds("sparse_po", y_ord ~ x1 + x2, sparse)

writeLines(c("case,quantity,value", rows), "src/test/resources/r-reference/models.csv")
