# Makes src/test/resources/r-reference/gamma.input.csv, the data sets gamma.R fits and
# GammaRegressionTest fits in Java. Run once from the project root
# (Rscript --vanilla src/test/R/inputs/gamma-input.R); the file is committed, and scripts/r-reference
# does not run this script. Made with R 4.2.2.
# Annual costs in whole kroner, gamma distributed (shape 3) around a mean of 2-12 million that depends on
# a 0/1 exposure (true mean ratio 1.3), the target group (6 levels), the provider type (3 levels) and,
# in "large", age. Columns: dataset,cost,exposure,target_group,provider_type,age.
#   small  n = 30,  cost ~ exposure + provider_type
#   medium n = 200, cost ~ exposure + target_group + provider_type
#   large  n = 700, cost ~ exposure + target_group + provider_type + age
#   sparse n = 60,  cost ~ exposure + target_group + provider_type, "other" has only 2 cases
set.seed(20250114)
groups <- c("intellectual_disability", "autism_and_intellectual_disability", "autism", "mental_illness",
            "acquired_brain_injury", "other")
group_effect <- c(0, 0.25, 0.1, -0.15, 0.35, -0.05)
providers <- c("municipal", "regional", "private")
provider_effect <- c(0, 0.1, 0.3)

make <- function(name, n, group_prob, with_age) {
  exposure <- rbinom(n, 1, 0.35)
  g <- sample(seq_along(groups), n, replace = TRUE, prob = group_prob)
  p <- sample(seq_along(providers), n, replace = TRUE, prob = c(0.5, 0.2, 0.3))
  age <- if (with_age) sample(18:80, n, replace = TRUE) else rep(NA, n)
  eta <- log(3.5e6) + log(1.3) * exposure + group_effect[g] + provider_effect[p] +
    (if (with_age) -0.004 * (age - 45) else 0)
  cost <- round(rgamma(n, shape = 3, scale = exp(eta) / 3))
  data.frame(dataset = name, cost = cost, exposure = exposure, target_group = groups[g],
             provider_type = providers[p], age = age)
}
even <- rep(1, 6)
d <- rbind(make("small", 30, even, FALSE),
           make("medium", 200, even, FALSE),
           make("large", 700, even, TRUE),
           make("sparse", 60, c(10, 10, 10, 10, 10, 0), FALSE))
# the sparse data set: exactly two cases in the last target group
d$target_group[d$dataset == "sparse"][c(7, 41)] <- "other"
stopifnot(all(d$cost > 0))
write.csv(d, "src/test/resources/r-reference/gamma.input.csv", row.names = FALSE, quote = FALSE, na = "")
