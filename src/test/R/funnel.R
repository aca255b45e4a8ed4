# Reference values for dk.casescreen.analysis.FunnelPlot: funnel-plot limits for rates with an
# additive random-effects overdispersion adjustment, Spiegelhalter (2005), Qual Saf Health Care
# 14:347-351, with z-scores winsorised at the 10th/90th percentiles (quantile type 7, R's default).
# R 4.2.2. Run from the project root: Rscript --vanilla src/test/R/funnel.R
input <- read.csv("src/test/resources/r-reference/funnel.input.csv", stringsAsFactors = FALSE)
out <- data.frame(case = character(), quantity = character(), value = character())
put <- function(case, quantity, x) {
  out[nrow(out) + 1, ] <<- list(case, quantity, sprintf("%.17g", x))
}
for (name in unique(input$case)) {
  d <- input[input$case == name, ]
  y <- d$cases; n <- d$population; I <- nrow(d)
  theta <- sum(y) / sum(n)
  s <- sqrt(theta / n)
  z <- (y / n - theta) / s
  q <- quantile(z, c(0.1, 0.9), type = 7)
  zw <- pmin(pmax(z, q[1]), q[2])
  phi <- mean(zw^2)
  w <- 1 / s^2
  tau2 <- if (I * phi > I - 1) (I * phi - (I - 1)) / (sum(w) - sum(w^2) / sum(w)) else 0
  zadj <- (y / n - theta) / sqrt(s^2 + tau2)
  put(name, "target_rate_per_1000", 1000 * theta)
  put(name, "phi", phi)
  put(name, "tau2_per_1000_squared", tau2 * 1e6)
  for (i in seq_len(I)) put(name, paste0("z_", d$code[i]), zadj[i])
  for (pop in c(2000L, 30000L, 400000L)) {
    half95 <- qnorm(0.975) * sqrt(theta / pop + tau2)
    half998 <- qnorm(0.999) * sqrt(theta / pop + tau2)
    put(name, paste0("lower95_", pop), 1000 * (theta - half95))
    put(name, paste0("upper95_", pop), 1000 * (theta + half95))
    put(name, paste0("lower998_", pop), 1000 * (theta - half998))
    put(name, paste0("upper998_", pop), 1000 * (theta + half998))
  }
}
write.csv(out, "src/test/resources/r-reference/funnel.csv", row.names = FALSE, quote = FALSE)
