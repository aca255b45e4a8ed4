# The R data.table peer of bench/run: the same steps as casescreen on the same file.
#
# Usage: Rscript datatable_steps.R CASES.csv COST_BAND_LEVELS.txt REPETITIONS
#
# Reads the Danish Excel CSV (semicolon, decimal comma, UTF-8 with byte-order mark) with fread and
# the column types given, cross-tabulates target group (q5) by provider type (q8) with chisq.test
# (no continuity correction), and runs kruskal.test of the cost band (q3, as its position in the
# sheet's order) by provider type. Prints one JSON object with the times in milliseconds.
suppressPackageStartupMessages(library(data.table))
# every core (the issue compares with fread at full width; data.table's default is half of them)
setDTthreads(0)

args <- commandArgs(trailingOnly = TRUE)
path <- args[1]
levels <- readLines(args[2], encoding = "UTF-8")
levels <- levels[nzchar(levels)]
reps <- as.integer(args[3])

# Columns by position: municipality, case number, date, cost, questions 1-36, remark.
COST_BAND <- 7; TARGET_GROUP <- 9; PROVIDER <- 12
classes <- rep("factor", 41)
classes[c(2, 3, 41)] <- "character"   # case number, date, remark
classes[4] <- "numeric"               # annual cost
classes[6] <- "integer"               # q2 age

read <- function() {
  fread(path, sep = ";", dec = ",", encoding = "UTF-8", colClasses = classes, na.strings = "",
        showProgress = FALSE)
}

crosstab <- function(dt) {
  tab <- table(dt[[TARGET_GROUP]], dt[[PROVIDER]])
  unname(suppressWarnings(chisq.test(tab, correct = FALSE))$statistic)
}

kruskal <- function(dt) {
  band <- match(as.character(dt[[COST_BAND]]), levels)
  provider <- dt[[PROVIDER]]
  keep <- !is.na(band) & !is.na(provider)
  unname(kruskal.test(band[keep], droplevels(provider[keep]))$statistic)
}

timed <- function(f, reps) {
  times <- numeric(reps)
  value <- NULL
  for (i in seq_len(reps)) {
    t <- Sys.time()
    value <- f()
    times[i] <- as.numeric(difftime(Sys.time(), t, units = "secs")) * 1000
  }
  list(times = times, value = value)
}

load <- timed(read, reps)
dt <- load$value
cross <- timed(function() crosstab(dt), reps)
kw <- timed(function() kruskal(dt), reps)
ms <- function(x) paste0("[", paste(sprintf("%.2f", x), collapse = ","), "]")
cat(sprintf(paste0('{"peer":"data.table","version":"R %s, data.table %s, %d threads","cases":%d,',
                   '"load":{"times":%s},"crosstab":{"times":%s},"chisq_statistic":%.12g,',
                   '"kruskal":{"times":%s},"kruskal_statistic":%.12g}\n'),
            paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("data.table")),
            getDTthreads(), nrow(dt), ms(load$times), ms(cross$times), cross$value, ms(kw$times), kw$value))
