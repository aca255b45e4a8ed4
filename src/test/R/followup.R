# Expected values for the follow-up across rounds (dk.casescreen.followup.FollowUp, issue 13): one comparison of
# two rounds, end to end. Reads src/test/resources/r-reference/followup.input.csv (one linked citizen a row,
# written by FollowUpRInput: cost band positions in both rounds and the number of bands, target group and its
# position in the sheet, cost trend, annual costs, and Ja/Nej answers in both rounds) and writes followup.csv
# (case,quantity,value; 17 significant digits). Made with R 4.2.2 (stats and MASS); run from the project root by
# scripts/r-reference.
#
# Calls, as FollowUp forms its families:
#   the k x k table of band positions (earlier in the rows): Bowker's test over the pairs i < j with
#     n_ij + n_ji > 0, X2 = sum (n_ij - n_ji)^2 / (n_ij + n_ji), df = their number, p from pchisq (as
#     PairedTests.bowker; checked against mcnemar.test(x, correct = FALSE) on the bands that occur when
#     none of their pairs is empty)                                              bowker_cost_band
#   Stuart-Maxwell by the generalized inverse (as in paired.R: d' MASS::ginv(V) d, df = qr(V)$rank)
#                                                                                stuart_maxwell_cost_band
#   wilcox.test(later, earlier, paired = TRUE, exact = FALSE, correct = TRUE) on the band positions
#                                                                                wilcoxon_cost_band
#   per question: mcnemar.test(table(earlier, later), correct = TRUE) on the citizens with Ja or Nej in both
#     rounds (NaN without discordant pairs)                                      mcnemar_<question>
#   p.adjust(p, method = "holm") over the tests with a p-value                  p_adjusted
#   per question: glm(dearer ~ exposure + target_group, family = binomial) on the citizens with Ja or Nej
#     in round 1 (target group a factor in the sheet's order, unused levels dropped, so its reference is
#     the first present), unless fewer than 5 answered Ja or Nej (then NaN); odds ratio exp(coef), Wald
#     interval exp(confint.default(fit, level = 0.95)), Wald p from summary(fit)   predictor_<question>
#   p.adjust(p, method = "holm") over the predictors fitted                     p_adjusted
#   dearer, same, cheaper: prop.test(x, n, correct = FALSE)$conf.int (Wilson)   band_change_<direction>
#   Cohen's kappa of the cost trend (rising, unchanged, falling) against the realised direction (dearer,
#     same, cheaper), by the formula of Fleiss, Cohen & Everitt (1969) as in paired.R   kappa
#   median and sum of (later - earlier) annual cost where both are given       cost_change
options(warn = 1)
folder <- "src/test/resources/r-reference"
d <- read.csv(file.path(folder, "followup.input.csv"), colClasses = "character", na.strings = character(0))
questions <- sub("_1$", "", grep("_1$", names(d), value = TRUE))
questions <- setdiff(questions, c("band", "band_pos", "cost"))
out <- list()
put <- function(case, quantity, value) {
  out[[length(out) + 1L]] <<- data.frame(case = case, quantity = quantity, value = sprintf("%.17g", as.numeric(value)))
}

k <- as.integer(d$bands[1])
earlier <- as.integer(d$band_pos_1)
later <- as.integer(d$band_pos_2)
x <- table(factor(earlier, levels = 1:k), factor(later, levels = 1:k))
x <- matrix(as.numeric(x), k)

bowker <- function(x) {
  n <- x + t(x); dd <- x - t(x)
  used <- upper.tri(x) & n > 0
  s <- sum(dd[used]^2 / n[used]); df <- sum(used)
  c(statistic = if (df > 0) s else NaN, df = df, p = if (df > 0) pchisq(s, df, lower.tail = FALSE) else NaN)
}
stuart_maxwell <- function(x) {
  dd <- rowSums(x) - colSums(x)
  v <- -(x + t(x)); diag(v) <- rowSums(x) + colSums(x) - 2 * diag(x)
  df <- qr(v)$rank
  s <- if (df > 0) drop(t(dd) %*% MASS::ginv(v) %*% dd) else NaN
  c(statistic = s, df = df, p = if (df > 0) pchisq(s, df, lower.tail = FALSE) else NaN)
}
kappa <- function(x, level) {
  n <- sum(x); p <- x / n; pr <- rowSums(p); pc <- colSums(p)
  po <- sum(diag(p)); pe <- sum(pr * pc); kk <- (po - pe) / (1 - pe)
  off <- p * outer(pc, pr, "+")^2; diag(off) <- 0
  var <- (sum(diag(p) * (1 - (pr + pc) * (1 - kk))^2) + (1 - kk)^2 * sum(off) - (kk - pe * (1 - kk))^2) /
    (n * (1 - pe)^2)
  var0 <- (pe + pe^2 - sum(pr * pc * (pr + pc))) / (n * (1 - pe)^2)
  z <- kk / sqrt(var0); q <- qnorm((1 + level) / 2)
  c(estimate = kk, statistic = z, p = 2 * pnorm(-abs(z)), conf_low = kk - q * sqrt(var), conf_high = kk + q * sqrt(var))
}

tests <- list()
bw <- bowker(x)
occur <- rowSums(x) + colSums(x) > 0
sub <- x[occur, occur]
if (all((sub + t(sub))[upper.tri(sub)] > 0)) {
  m <- mcnemar.test(sub, correct = FALSE)
  stopifnot(isTRUE(all.equal(unname(m$statistic), bw[["statistic"]], tolerance = 1e-12)))
}
tests$bowker_cost_band <- bw
tests$stuart_maxwell_cost_band <- stuart_maxwell(x)
w <- wilcox.test(later, earlier, paired = TRUE, exact = FALSE, correct = TRUE)
tests$wilcoxon_cost_band <- c(statistic = unname(w$statistic), df = NaN, p = w$p.value)
for (q in questions) {
  a <- d[[paste0(q, "_1")]]; b <- d[[paste0(q, "_2")]]
  both <- a %in% c("yes", "no") & b %in% c("yes", "no")
  t2 <- table(factor(a[both], levels = c("yes", "no")), factor(b[both], levels = c("yes", "no")))
  m <- suppressWarnings(mcnemar.test(t2, correct = TRUE))
  tests[[paste0("mcnemar_", q)]] <- c(statistic = unname(m$statistic), df = unname(m$parameter), p = m$p.value)
}
p <- sapply(tests, function(t) t[["p"]])
adjusted <- rep(NaN, length(p))
adjusted[!is.na(p)] <- p.adjust(p[!is.na(p)], method = "holm")
for (i in seq_along(tests)) {
  id <- names(tests)[i]
  put(id, "statistic", tests[[i]][["statistic"]])
  put(id, "df", tests[[i]][["df"]])
  put(id, "p", tests[[i]][["p"]])
  put(id, "p_adjusted", adjusted[i])
}

dearer <- as.integer(later > earlier)
predictors <- list()
for (q in questions) {
  a <- d[[paste0(q, "_1")]]
  keep <- a %in% c("yes", "no")
  data <- data.frame(dearer = dearer[keep], exposure = as.integer(a[keep] == "yes"),
                     target_group = droplevels(factor(as.integer(d$target_group_pos[keep]), levels = 1:6)))
  r <- c(n = nrow(data), exposed = sum(data$exposure), dearer = sum(data$dearer), estimate = NaN, conf_low = NaN,
         conf_high = NaN, p = NaN)
  if (sum(data$exposure) >= 5 && sum(1 - data$exposure) >= 5) {
    fit <- glm(dearer ~ exposure + target_group, family = binomial, data = data)
    ci <- exp(confint.default(fit, level = 0.95)["exposure", ])
    r[["estimate"]] <- exp(coef(fit)[["exposure"]])
    r[["conf_low"]] <- ci[[1]]
    r[["conf_high"]] <- ci[[2]]
    r[["p"]] <- summary(fit)$coefficients["exposure", "Pr(>|z|)"]
  }
  predictors[[q]] <- r
}
p <- sapply(predictors, function(r) r[["p"]])
adjusted <- rep(NaN, length(p))
adjusted[!is.na(p)] <- p.adjust(p[!is.na(p)], method = "holm")
for (i in seq_along(predictors)) {
  for (quantity in names(predictors[[i]])) put(paste0("predictor_", names(predictors)[i]), quantity, predictors[[i]][[quantity]])
  put(paste0("predictor_", names(predictors)[i]), "p_adjusted", adjusted[i])
}

direction <- ifelse(later > earlier, "dearer", ifelse(later < earlier, "cheaper", "same"))
for (dir in c("dearer", "same", "cheaper")) {
  count <- sum(direction == dir)
  ci <- prop.test(count, length(direction), correct = FALSE)$conf.int
  put(paste0("band_change_", dir), "count", count)
  put(paste0("band_change_", dir), "n", length(direction))
  put(paste0("band_change_", dir), "estimate", count / length(direction))
  put(paste0("band_change_", dir), "conf_low", ci[1])
  put(paste0("band_change_", dir), "conf_high", ci[2])
}

square <- table(factor(d$cost_trend, levels = c("rising", "unchanged", "falling")),
                factor(direction, levels = c("dearer", "same", "cheaper")))
kp <- kappa(matrix(as.numeric(square), 3), 0.95)
for (quantity in names(kp)) put("kappa", quantity, kp[[quantity]])

both <- d$cost_1 != "" & d$cost_2 != ""
change <- as.numeric(d$cost_2[both]) - as.numeric(d$cost_1[both])
put("cost_change", "n", length(change))
put("cost_change", "median", median(change))
put("cost_change", "total", sum(change))

result <- do.call(rbind, out)
stopifnot(!anyDuplicated(result[, c("case", "quantity")]))
write.csv(result, file.path(folder, "followup.csv"), row.names = FALSE, quote = FALSE)
