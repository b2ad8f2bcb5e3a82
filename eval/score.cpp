#include "score.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <unicode/normalizer2.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>

#include "tsv.h"
#include "utf8.h"

namespace newsgraph {

namespace {

const std::vector<std::string> kRelations = {"accuses", "denies", "attacked", "spokesperson-of"};

std::set<std::string> lookup(const Gold& g, const std::string& doc, const std::string& name) {
    std::string n = normalize_name(name);
    if (auto d = g.local.find(doc); d != g.local.end())
        if (auto it = d->second.find(n); it != d->second.end() && !it->second.empty()) return it->second;
    if (auto it = g.global.find(n); it != g.global.end()) return it->second;
    return {};
}

std::set<std::string> keys(const Gold& g, const std::string& doc, const std::string& name) {
    auto k = lookup(g, doc, name);
    return k.empty() ? std::set<std::string>{normalize_name(name)} : k;
}

void add_names(std::map<std::string, std::set<std::string>>& target, const rapidjson::Value& table) {
    if (!table.IsObject()) return;
    for (const auto& m : table.GetObject()) {
        std::string key = m.name.GetString();
        target[normalize_name(key)].insert(key);
        if (m.value.IsArray())
            for (const auto& n : m.value.GetArray())
                if (n.IsString()) target[normalize_name(n.GetString())].insert(key);
    }
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const auto& x : a)
        if (b.count(x)) return true;
    return false;
}

struct Key {
    std::set<std::string> s;
    std::string r;
    std::set<std::string> o;
    bool operator<(const Key& k) const { return std::tie(s, r, o) < std::tie(k.s, k.r, k.o); }
    bool operator==(const Key& k) const { return s == k.s && r == k.r && o == k.o; }
};

bool compatible(const Key& p, const GoldRelation& g) {
    return p.r == g.relation && intersects(p.s, g.subjects) && intersects(p.o, g.objects);
}

}  // namespace

std::string normalize_name(const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    std::string s;
    if (U_SUCCESS(status)) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
        nfkc->normalize(u, status).toLower(icu::Locale::getRoot()).toUTF8String(s);
    }
    if (U_FAILURE(status)) s = fold_case(name);
    s = ascii_punctuation(s);  // curly quotes and dashes, as score.py maps them
    s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
    std::string folded;
    for (std::string_view w : split_list(s, ' ')) {
        if (!folded.empty()) folded += ' ';
        folded += w;
    }
    auto strip = [](char c) { return c == ' ' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']'; };
    std::size_t a = 0, b = folded.size();
    while (a < b && strip(folded[a])) ++a;
    while (b > a && strip(folded[b - 1])) --b;
    folded = folded.substr(a, b - a);
    if (folded.rfind("the ", 0) == 0) folded = folded.substr(4);
    if (folded.size() >= 2 && folded.compare(folded.size() - 2, 2, "'s") == 0) folded.resize(folded.size() - 2);
    return folded;
}

Gold load_gold(const std::string& path) {
    Gold gold;
    std::string text = read_file(path);
    std::vector<rapidjson::Document> rows;
    std::size_t start = 0;
    int line = 0;
    while (start < text.size()) {
        ++line;
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view raw(text.data() + start, end - start);
        start = end + 1;
        if (raw.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        rows.emplace_back();
        rows.back().Parse<rapidjson::kParseIterativeFlag>(raw.data(), raw.size());
        if (rows.back().HasParseError() || !rows.back().IsObject())
            throw InputError(path + ":" + std::to_string(line) + ": not a JSON object");
    }
    for (const auto& row : rows) {
        if (row.HasMember("entities") && !row.HasMember("doc")) add_names(gold.global, row["entities"]);
        if (row.HasMember("doc") && row["doc"].IsString() && row.HasMember("entities"))
            add_names(gold.local[row["doc"].GetString()], row["entities"]);
    }
    for (const auto& row : rows) {
        if (!row.HasMember("doc") || !row["doc"].IsString()) continue;
        std::string doc = row["doc"].GetString();
        GoldDocument& gd = gold.docs[doc];
        gd.relations.clear();
        gd.negatives_ok = !row.HasMember("negatives_ok") || !row["negatives_ok"].IsBool() || row["negatives_ok"].GetBool();
        if (!row.HasMember("relations") || !row["relations"].IsArray()) continue;
        for (const auto& g : row["relations"].GetArray()) {
            GoldRelation r;
            auto end = [&](const char* k, std::set<std::string>& out, std::string& shown) {
                std::vector<std::string> names;
                if (g[k].IsArray()) {
                    for (const auto& n : g[k].GetArray())
                        if (n.IsString()) names.push_back(n.GetString());
                } else if (g[k].IsString()) {
                    names.push_back(g[k].GetString());
                }
                shown = "[";
                for (std::size_t i = 0; i < names.size(); ++i) {
                    shown += (i ? ", '" : "'") + names[i] + "'";
                    auto ks = keys(gold, doc, names[i]);
                    out.insert(ks.begin(), ks.end());
                }
                shown += "]";
            };
            if (!g.IsObject() || !g.HasMember("s") || !g.HasMember("o") || !g.HasMember("r") || !g["r"].IsString()) continue;
            std::string s_text, o_text;
            end("s", r.subjects, s_text);
            end("o", r.objects, o_text);
            r.relation = g["r"].GetString();
            r.optional = g.HasMember("optional") && g["optional"].IsBool() && g["optional"].GetBool();
            r.text = s_text + " -" + r.relation + "-> " + o_text;
            gd.relations.push_back(std::move(r));
        }
    }
    return gold;
}

Score score(const Gold& gold, const std::vector<PredictedRelation>& predicted) {
    std::map<std::string, std::vector<std::pair<Key, std::string>>> pred;  // doc -> unique keys in first-seen order
    std::map<std::string, std::set<std::string>> surface;
    for (const PredictedRelation& p : predicted) {
        if (!gold.docs.count(p.doc) || p.negative) continue;
        Key k{keys(gold, p.doc, p.subject), p.relation, keys(gold, p.doc, p.object)};
        auto& list = pred[p.doc];
        if (std::none_of(list.begin(), list.end(), [&](const auto& e) { return e.first == k; }))
            list.emplace_back(k, p.subject + " -" + p.relation + "-> " + p.object);
        for (const std::string& n : {p.subject, p.object}) {
            auto found = lookup(gold, p.doc, n);
            if (found.size() == 1) surface[*found.begin()].insert(normalize_name(n));
        }
    }
    std::map<std::string, RelationScore> stats;
    std::vector<std::string> order = kRelations;
    for (const std::string& r : kRelations) stats[r];
    auto stat = [&](const std::string& r) -> RelationScore& {
        if (!stats.count(r)) order.push_back(r);
        return stats[r];
    };
    Score out;
    for (const auto& [doc, g] : gold.docs) {
        const auto& plist = pred[doc];
        std::vector<const GoldRelation*> req;
        for (const auto& r : g.relations)
            if (!r.optional) req.push_back(&r);
        std::map<std::size_t, std::size_t> owner;  // prediction -> required gold index
        std::function<bool(std::size_t, std::set<std::size_t>&)> assign = [&](std::size_t i, std::set<std::size_t>& seen) {
            for (std::size_t j = 0; j < plist.size(); ++j) {
                if (seen.count(j) || !compatible(plist[j].first, *req[i])) continue;
                seen.insert(j);
                if (!owner.count(j) || assign(owner[j], seen)) {
                    owner[j] = i;
                    return true;
                }
            }
            return false;
        };
        for (std::size_t i = 0; i < req.size(); ++i) {
            std::set<std::size_t> seen;
            assign(i, seen);
        }
        std::set<std::size_t> matched;
        for (const auto& [p, i] : owner) matched.insert(i);
        for (std::size_t i = 0; i < req.size(); ++i) {
            RelationScore& st = stat(req[i]->relation);
            if (matched.count(i)) ++st.tp;
            else {
                ++st.fn;
                out.errors.push_back(doc + "  MISSED  " + req[i]->text);
            }
        }
        for (const auto& [key, text] : plist) {
            const Key& k = key;  // a named reference: lambdas can't capture structured bindings (clang)
            RelationScore& st = stat(k.r);
            if (!g.negatives_ok) continue;
            ++st.n;
            if (std::any_of(g.relations.begin(), g.relations.end(), [&](const GoldRelation& r) { return compatible(k, r); })) ++st.ok;
            else {
                ++st.fp;
                out.errors.push_back(doc + "  WRONG   " + text);
            }
        }
    }
    RelationScore total;
    for (const std::string& r : order) {
        const RelationScore& st = stats[r];
        out.rows.emplace_back(r, st);
        total.tp += st.tp; total.fn += st.fn; total.fp += st.fp; total.ok += st.ok; total.n += st.n;
    }
    out.rows.emplace_back("all", total);
    for (const auto& [k, v] : surface)
        if (v.size() > 1) out.fragments[k] = v;
    return out;
}

std::string format_score(const Score& score, bool show_errors) {
    std::string out;
    if (show_errors)
        for (const std::string& e : score.errors) out += e + "\n";
    out += fmt::format("{:16} {:>5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n", "relation", "gold", "found", "pred", "wrong", "P", "R", "F1");
    for (const auto& [r, st] : score.rows) {
        double p = st.n ? static_cast<double>(st.ok) / st.n : 0.0;
        double rc = st.tp + st.fn ? static_cast<double>(st.tp) / (st.tp + st.fn) : 0.0;
        double f = p + rc > 0 ? 2 * p * rc / (p + rc) : 0.0;
        out += fmt::format("{:16} {:5} {:5} {:5} {:5} {:6.3f} {:6.3f} {:6.3f}\n", r, st.tp + st.fn, st.tp, st.n, st.fp, p, rc, f);
    }
    if (!score.fragments.empty()) {
        out += "one entity, several names:";
        bool first = true;
        for (const auto& [k, v] : score.fragments) {
            out += first ? " " : "; ";
            first = false;
            out += k + ": [";
            bool f2 = true;
            for (const auto& n : v) {
                out += (f2 ? "'" : ", '") + n + "'";
                f2 = false;
            }
            out += "]";
        }
        out += "\n";
    }
    return out;
}

}  // namespace newsgraph
