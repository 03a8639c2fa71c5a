# Summarizes e2e_bench_* results (one TSV line per engine and round, see
# e2e.h) as a table of medians per engine, then each khabar stage (an engine
# whose name starts with "khabar") against each peer, then each khabar stage's
# time against the text core's (engine "khabar"). With -v notes=FILE (the
# engines' stderr), also the medians of the segmenter's "segmenter:
# key=value ..." lines and of the entity layer's "ner: key=value ..." lines
# (e2e_khabar.cc). Used by run_e2e.sh; plain POSIX awk (mawk has no asort).

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
  printf "%-10s %7s %10s %7s %8s %7s %10s %9s %10s\n", "engine", "MB/s",
         "articles/s", "ratio", "CPU MB/s", "ratio", "terms", "peak RSS",
         "engine RSS"
  has_base = "khabar" in runs
  base = has_base ? median(mbps["khabar"], runs["khabar"]) : 0
  cpu_base = has_base ? median(cpu_mbps["khabar"], runs["khabar"]) : 0
  for (k = 1; k <= engines; k++) {
    e = order[k]; n = runs[e]
    m = median(mbps[e], n); c = median(cpu_mbps[e], n)
    printf "%-10s %7.1f %10.0f %7s %8.1f %7s %10d %5.0f MiB %6.0f MiB%s\n",
           e, m, median(aps[e], n), ratio(base, m), c, ratio(cpu_base, c),
           terms[e], median(peak[e], n), median(own[e], n),
           (e in unstable) ? "  (output differs between rounds!)" : ""
  }
  print "ratio: khabar MB/s / engine MB/s; MB = 10^6 input bytes; CPU MB/s" \
        " uses process CPU time; engine RSS = peak RSS - RSS after loading"
  stage_ratios()
  core_ratios()
  if (notes != "") {
    segmenter_notes(notes)
    ner_notes(notes)
  }
}

# Each khabar stage's time over the text core's (engine "khabar"): the
# median MB/s of khabar over the stage's, wall and CPU, and what the stage
# adds to the core, in units of the core's time (ratio - 1). Issue 5's
# target: tagging plus grouping add no more than 2x the core's time.
function core_ratios(    k, e, n, w, c, wb, cb, ws, cs) {
  if (!("khabar" in runs)) return
  for (k = 1; k <= engines; k++) if (order[k] ~ /^khabar./) n++
  if (n == 0) return
  wb = median(mbps["khabar"], runs["khabar"])
  cb = median(cpu_mbps["khabar"], runs["khabar"])
  printf "\nkhabar stage time / khabar (text core) time: ratio of median" \
         " MB/s; added = ratio - 1\n"
  printf "%-10s %7s %8s %9s %9s\n", "", "wall", "CPU", "added", "added CPU"
  for (k = 1; k <= engines; k++) {
    e = order[k]
    if (e !~ /^khabar/) continue
    w = wb / median(mbps[e], runs[e]); c = cb / median(cpu_mbps[e], runs[e])
    printf "%-10s %6.2fx %7.2fx %8.2fx %8.2fx%s\n", e, w, c, w - 1, c - 1,
           e == "khabar+ner" ? "  (target: added <= 2x)" : ""
  }
  if (("khabar+seg" in runs) && ("khabar+ner" in runs)) {
    ws = median(mbps["khabar+seg"], runs["khabar+seg"])
    cs = median(cpu_mbps["khabar+seg"], runs["khabar+seg"])
    w = wb / median(mbps["khabar+ner"], runs["khabar+ner"]) - wb / ws
    c = cb / median(cpu_mbps["khabar+ner"], runs["khabar+ner"]) - cb / cs
    printf "khabar+ner - khabar+seg (sentences, tagging, grouping): %.2fx" \
           " (CPU %.2fx) the khabar time, %.2fx (CPU %.2fx) the khabar+seg" \
           " time\n", w, c, w * ws / wb, c * cs / cb
  }
}

# Each khabar stage's median MB/s over each peer's: wall, then CPU.
function stage_ratios(    k, e, p, np, ns, peer, stage, line) {
  for (k = 1; k <= engines; k++) {
    e = order[k]
    if (e ~ /^khabar/) stage[++ns] = e; else peer[++np] = e
  }
  if (ns == 0 || np == 0) return
  printf "\nkhabar stage / peer: ratio of median MB/s (wall) and CPU MB/s\n"
  printf "%-10s", ""
  for (p = 1; p <= np; p++) printf " %16s", peer[p]
  printf "\n%-10s", ""
  for (p = 1; p <= np; p++) printf " %7s %8s", "wall", "CPU"
  printf "\n"
  for (k = 1; k <= ns; k++) {
    e = stage[k]
    line = sprintf("%-10s", e)
    for (p = 1; p <= np; p++)
      line = line sprintf(" %7s %8s",
          ratio(median(mbps[e], runs[e]), median(mbps[peer[p]], runs[peer[p]])),
          ratio(median(cpu_mbps[e], runs[e]),
                median(cpu_mbps[peer[p]], runs[peer[p]])))
    print line
  }
}

# The lines of `file` that start with "`prefix` ", each `key=value` pairs:
# the values of each key in vals[key] (space-separated, for median()) and
# their count in cnt[key]. Returns how many lines there were.
function read_notes(file, prefix, vals, cnt,    line, f, nf, i, kv, n) {
  n = 0
  while ((getline line < file) > 0) {
    if (index(line, prefix " ") != 1) continue
    n++
    nf = split(line, f, " ")
    for (i = 2; i <= nf; i++) {
      if (split(f[i], kv, "=") != 2) continue
      vals[kv[1]] = vals[kv[1]] " " kv[2]
      cnt[kv[1]]++
    }
  }
  close(file)
  return n
}

# The segmenter's load time and memory, as e2e_bench_khabar --segment printed
# them once per round: medians.
function segmenter_notes(file,    n, vals, cnt) {
  n = read_notes(file, "segmenter:", vals, cnt)
  if (n == 0) return
  printf "\nsegmenter (median of %d runs): load %.1f ms (CPU %.1f ms);" \
         " word counts %.1f MB (%d words); max RSS +%.1f MiB while loading" \
         " (%.1f MiB after)\n",
         n, median(vals["load_ms"], cnt["load_ms"]),
         median(vals["load_cpu_ms"], cnt["load_cpu_ms"]),
         median(vals["counts_mb"], cnt["counts_mb"]),
         median(vals["words"], cnt["words"]),
         median(vals["rss_delta_mib"], cnt["rss_delta_mib"]),
         median(vals["rss_mib"], cnt["rss_mib"])
}

# The entity layer's load time and memory, as e2e_bench_khabar --entities
# printed them once per round: medians.
function ner_notes(file,    n, vals, cnt) {
  n = read_notes(file, "ner:", vals, cnt)
  if (n == 0) return
  printf "\nner (median of %d runs): tagger + gazetteer load %.1f ms" \
         " (Tagger::load_micros), word clusters %.1f ms, CPU %.1f ms for both;" \
         " %d features; max RSS +%.1f MiB while loading (%.1f MiB after);" \
         " segmenter loaded before, %.1f ms\n",
         n, median(vals["ner_load_ms"], cnt["ner_load_ms"]),
         median(vals["clusters_load_ms"], cnt["clusters_load_ms"]),
         median(vals["load_cpu_ms"], cnt["load_cpu_ms"]),
         median(vals["ner_features"], cnt["ner_features"]),
         median(vals["rss_delta_mib"], cnt["rss_delta_mib"]),
         median(vals["rss_mib"], cnt["rss_mib"]),
         median(vals["seg_load_ms"], cnt["seg_load_ms"])
}
