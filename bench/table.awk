# bin/bench's table from its raw results (lines "NAME size BYTES" and "NAME CONNECTIONS RUN key=value …"), with the
# variables targets, connections and labels (the targets' labels, separated by |), settle and runs.
# Requests/s count only the answers below 400 (wrk's errors.status counts the others, and a page that fails fast must
# not look fast); p50 and p99 are wrk's, over every answer. Medians over the runs; errors summed over them.
function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n == 0 ? -1 : (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2)
}
function more(list, item) { return list == "" ? item : list ", " item }
function rate(x) { return x >= 100 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x) }
function ms(us) { return us < 0 ? "–" : us >= 1e6 ? sprintf("%.2f s", us / 1e6) : sprintf("%.1f ms", us / 1e3) }
function size(b) { return b >= 1e6 ? sprintf("%.1f MB", b / 1e6) : b >= 1e3 ? sprintf("%.0f KB", b / 1e3) : b " B" }
$2 == "size" { bytes[$1] = $3; next }
{
    for (i = 4; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    key = $1 SUBSEP $2
    rps[key] = rps[key] " " ((v["requests"] - v["status"]) / (v["duration_us"] / 1e6))
    if (v["p50_us"] >= 0) { p50[key] = p50[key] " " v["p50_us"]; p99[key] = p99[key] " " v["p99_us"] }
    status[key] += v["status"]; timeouts[key] += v["timeout"]
    socket[key] += v["connect"] + v["read"] + v["write"]
    if (v["settle"] + 0 >= settle) busy[key]++
    answered[key] += v["requests"] - v["status"]
}
END {
    nt = split(targets, t, " "); nc = split(connections, c, " "); split(labels, label, "|")
    printf "| request | size |"
    for (j = 1; j <= nc; j++) printf " req/s at %s (share of static) | p50 | p99 | errors |", c[j]
    printf "\n|---|---|"
    for (j = 1; j <= nc; j++) printf "---|---|---|---|"
    printf "\n"
    for (i = 1; i <= nt; i++) {
        printf "| %s | %s |", label[i], size(bytes[t[i]])
        for (j = 1; j <= nc; j++) {
            key = t[i] SUBSEP c[j]; base = median(rps["static" SUBSEP c[j]])
            r = median(rps[key])
            share = (t[i] == "static" || base <= 0) ? "" : sprintf(" (%.3f)", r / base)
            detail = ""
            if (status[key]) detail = more(detail, sprintf("%d ≥400", status[key]))
            if (timeouts[key]) detail = more(detail, sprintf("%d timeouts", timeouts[key]))
            if (socket[key]) detail = more(detail, sprintf("%d socket errors", socket[key]))
            if (detail == "") detail = "0"
            if (answered[key] == 0) detail = more(detail, "none succeeded")
            if (busy[key]) detail = more(detail, sprintf("server still busy %d s after %d of %d runs", settle, busy[key], runs))
            printf " %s%s | %s | %s | %s |", rate(r), share, ms(median(p50[key])), ms(median(p99[key])),
                detail
        }
        printf "\n"
    }
}
