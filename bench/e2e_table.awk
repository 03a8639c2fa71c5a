# Summarizes e2e_bench_* results (one TSV line per engine and round, see
# e2e.h) as a table of medians per engine. Used by run_e2e.sh; plain POSIX
# awk (mawk has no asort).

function median(list, n,    v, i, j, t) {
  split(list, v, " ")
  for (i = 2; i <= n; i++)
    for (j = i; j > 1 && v[j - 1] > v[j]; j--) {
      t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
    }
  return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}

BEGIN { FS = "\t" }

{
  e = $1
  if (!(e in runs)) order[++engines] = e
  runs[e]++
  corpus = $2; articles = $3; bytes = $4
  mbps[e] = mbps[e] " " $4 / $5 / 1e6
  cpu_mbps[e] = cpu_mbps[e] " " $4 / $6 / 1e6
  aps[e] = aps[e] " " $3 / $5
  peak[e] = peak[e] " " $10 / 1024
  own[e] = own[e] " " ($10 - $9) / 1024
  terms[e] = $7
  if (e in checksum && checksum[e] != $8) unstable[e] = 1
  checksum[e] = $8
}

function ratio(base, x) { return base > 0 ? sprintf("%.2fx", base / x) : "-" }

END {
  printf "corpus: %s, %d articles, %.2f MB; %d rounds, medians\n",
         corpus, articles, bytes / 1e6, rounds
  printf "%-9s %7s %10s %7s %8s %7s %10s %9s %10s\n", "engine", "MB/s",
         "articles/s", "ratio", "CPU MB/s", "ratio", "terms", "peak RSS",
         "engine RSS"
  has_base = "khabar" in runs
  base = has_base ? median(mbps["khabar"], runs["khabar"]) : 0
  cpu_base = has_base ? median(cpu_mbps["khabar"], runs["khabar"]) : 0
  for (k = 1; k <= engines; k++) {
    e = order[k]; n = runs[e]
    m = median(mbps[e], n); c = median(cpu_mbps[e], n)
    printf "%-9s %7.1f %10.0f %7s %8.1f %7s %10d %5.0f MiB %6.0f MiB%s\n",
           e, m, median(aps[e], n), ratio(base, m), c, ratio(cpu_base, c),
           terms[e], median(peak[e], n), median(own[e], n),
           (e in unstable) ? "  (output differs between rounds!)" : ""
  }
  print "ratio: khabar MB/s / engine MB/s; MB = 10^6 input bytes; CPU MB/s" \
        " uses process CPU time; engine RSS = peak RSS - RSS after loading"
}
