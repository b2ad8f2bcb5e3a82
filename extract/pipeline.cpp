#include "pipeline.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "speech.h"
#include "spokesperson_extractor.h"
#include "trigger_extractor.h"
#include "tsv.h"
#include "utf8.h"

namespace newsgraph {

namespace {

// A claimed attack is an accusation by the claimer ("officials claimed
// cyber-attacks by Iran" -> officials accuses Iran).
constexpr double kClaimFactor = 0.9;
constexpr double kReportFactor = 0.8;
// A denial or a charge whose other party comes from elsewhere in the document.
constexpr double kDocumentPartyFactor = 0.85;

// The index of the token a relation's trigger starts.
std::size_t trigger_token(const std::vector<Token>& tokens, const Relation& r) {
    auto t = std::lower_bound(tokens.begin(), tokens.end(), r.trigger.begin,
                              [](const Token& x, std::uint32_t begin) { return x.span.begin < begin; });
    return static_cast<std::size_t>(t - tokens.begin());
}

// "allegedly" or "alleged" right before the trigger, or before the verb
// whose infinitive it is ("allegedly hired two hackers, A and B, to compromise X").
bool alleged(const std::vector<Token>& tokens, const Relation& r) {
    std::size_t at = trigger_token(tokens, r);
    bool infinitive = at > 0 && tokens[at - 1].lower == "to";
    for (std::size_t k = at; k > 0 && at - k < (infinitive ? 16 : 3);) {
        --k;
        if (tokens[k].span.begin < r.evidence.begin || tokens[k].lower == ";" || tokens[k].kind == TokenKind::Quote)
            return false;
        if (tokens[k].lower == "allegedly" || tokens[k].lower == "alleged") return true;
    }
    return false;
}

}  // namespace

bool Pipeline::is_media(const std::string& name) const {
    const std::string folded = fold_case(name);
    for (std::size_t at = 0; at <= folded.size();) {
        std::size_t space = std::min(folded.find(' ', at), folded.size());
        if (lex_.is(std::string_view(folded).substr(at, space - at), WordClass::MediaWord)) return true;
        at = space + 1;
    }
    return false;
}

Pipeline::Pipeline(const Lexicon& lexicon, PipelineOptions options)
    : lex_(lexicon),
      options_(options),
      cues_(lexicon.relation_cues),
      cleaner_(lexicon.cleanup),
      tokenizer_(lexicon.abbreviations),
      splitter_(lexicon.sentence_openers),
      finder_(lexicon),
      resolver_(lexicon, options.resolve) {
    extractors_.push_back(std::make_unique<TriggerExtractor>());
    extractors_.push_back(std::make_unique<SpokespersonExtractor>());
}

Pipeline::~Pipeline() = default;

void Pipeline::add(std::unique_ptr<RelationExtractor> extractor) {
    extractors_.push_back(std::move(extractor));
    custom_extractors_ = true;
}

namespace {

// Where the section that starts at `begin` ends: after the last line break
// within `most` bytes, else after the last space, else before the last
// character that begins there.
std::size_t section_end(std::string_view text, std::size_t begin, std::size_t most) {
    if (text.size() - begin <= most) return text.size();
    const std::string_view window = text.substr(begin, most);
    for (char separator : {'\n', ' '})
        if (std::size_t at = window.rfind(separator); at != std::string_view::npos && at > 0) return begin + at + 1;
    std::size_t end = begin + most;
    while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}

// Where a section starts in the whole text, and what the sections before it hold.
struct SectionStart {
    std::uint32_t byte = 0, token = 0, sentence = 0;
};

// Appends `part` to `whole`, moving it whole when `whole` is empty.
template <typename T>
void append(std::vector<T>& whole, std::vector<T>& part) {
    if (whole.empty())
        whole = std::move(part);
    else
        whole.insert(whole.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
}

// Appends the analysis of a section to that of the whole text, with the
// indices and spans of the whole text; of its stages only the entities and
// relations when `keep_stages` is false.
void append_section(DocumentAnalysis& whole, DocumentAnalysis&& part, SectionStart at, bool keep_stages) {
    const auto entities = static_cast<int>(whole.resolution.entities.size());
    auto shift = [&](Span& s) { s = Span{s.begin + at.byte, s.end + at.byte}; };
    auto shift_entity = [&](int& id) { id = id >= 0 ? id + entities : id; };
    if (whole.date.empty()) whole.date = std::move(part.date);
    for (Entity& e : part.resolution.entities) shift_entity(e.affiliation);
    append(whole.resolution.entities, part.resolution.entities);
    for (Relation& r : part.relations) {
        r.sentence += at.sentence;
        shift_entity(r.subject);
        shift_entity(r.object);
        shift_entity(r.attributed_to);
        shift(r.evidence);
        shift(r.trigger);
    }
    append(whole.relations, part.relations);
    if (!keep_stages) return;
    append(whole.folded, part.folded);
    for (Token& t : part.tokens) shift(t.span);
    append(whole.tokens, part.tokens);
    for (Sentence& s : part.sentences) {
        shift(s.span);
        s.first += at.token;
        s.last += at.token;
    }
    append(whole.sentences, part.sentences);
    for (auto& in_sentence : part.mentions)
        for (Mention& m : in_sentence) {
            shift(m.span);
            m.first += at.token;
            m.last += at.token;
            m.title_first += at.token;
        }
    append(whole.mentions, part.mentions);
    for (auto& ids : part.resolution.entity_of)
        for (int& id : ids) shift_entity(id);
    append(whole.resolution.entity_of, part.resolution.entity_of);
    for (auto& per_mention : part.resolution.members_of)
        for (auto& ids : per_mention)
            for (int& id : ids) shift_entity(id);
    append(whole.resolution.members_of, part.resolution.members_of);
}

}  // namespace

DocumentAnalysis Pipeline::analyze(const Document& doc) const { return analyze_sections(doc, true); }

DocumentAnalysis Pipeline::extract(const Document& doc) const {
    if (custom_extractors_ || cues_.may_hold_relation(doc.text)) return analyze_sections(doc, false);
    DocumentAnalysis a;
    a.date = doc.date;
    return a;
}

DocumentAnalysis Pipeline::analyze_sections(const Document& doc, bool keep_stages) const {
    DocumentAnalysis whole;
    SectionStart at;
    std::size_t begin = 0;
    do {
        const std::size_t end = section_end(doc.text, begin, std::max<std::size_t>(options_.section_bytes, 1));
        DocumentAnalysis part = end - begin == doc.text.size()
                                    ? analyze_section(doc)
                                    : analyze_section(Document{doc.id, doc.text.substr(begin, end - begin), doc.date,
                                                               doc.source, doc.url});
        const SectionStart next{static_cast<std::uint32_t>(end), at.token + static_cast<std::uint32_t>(part.tokens.size()),
                                at.sentence + static_cast<std::uint32_t>(part.sentences.size())};
        // What is not kept is freed here, by the thread that allocated it.
        append_section(whole, std::move(part), at, keep_stages);
        at = next;
        begin = end;
    } while (begin < doc.text.size());
    return whole;
}

DocumentAnalysis Pipeline::analyze_section(const Document& doc) const {
    DocumentAnalysis a;
    tokenize(doc, a);
    split(doc, a);
    find_mentions(doc, a);
    resolve(doc, a);
    find_relations(doc, a);
    return a;
}

void Pipeline::tokenize(const Document& doc, DocumentAnalysis& a) const {
    auto folded = std::make_shared<FoldedText>(doc.text);
    CleanText clean = cleaner_.clean(doc.text, folded->lowered());
    a.date = !doc.date.empty() ? doc.date : clean.date;
    // News runs at about six bytes a token: one allocation, no regrowth.
    a.tokens.reserve(doc.text.size() / 5 + clean.lines.size() + 16);
    for (Span line : clean.lines) {
        tokenizer_.tokenize(doc.text, line, *folded, a.tokens);
        Token newline;
        newline.kind = TokenKind::Newline;
        newline.span = Span{line.end, line.end};
        a.tokens.push_back(std::move(newline));
    }
    for (Token& t : a.tokens) t.classes = lex_.classes_of(t.lower);
    a.folded = {std::move(folded)};
}

void Pipeline::split(const Document& doc, DocumentAnalysis& a) const { a.sentences = splitter_.split(doc.text, a.tokens); }

void Pipeline::find_mentions(const Document& doc, DocumentAnalysis& a) const {
    const KnownNames known = finder_.collect_known_names(a.tokens, a.sentences);
    const std::size_t n = a.sentences.size();
    std::vector<char> headlines(n);
    std::size_t headline_count = 0;
    for (std::size_t i = 0; i < n; ++i)
        headline_count += headlines[i] = MentionFinder::is_headline(a.tokens, a.sentences[i]);
    // A headline names what the body names: it is read after the body.
    const bool after_body = headline_count > 0 && headline_count < n;
    a.mentions.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        if (!(after_body && headlines[i]))
            a.mentions[i] = finder_.find(doc.text, a.tokens, a.sentences[i], known, headlines[i]);
    if (!after_body) return;
    const BodyNames body = MentionFinder::collect_body_names(a.tokens, a.sentences, headlines, a.mentions);
    for (std::size_t i = 0; i < n; ++i)
        if (headlines[i]) a.mentions[i] = finder_.find(doc.text, a.tokens, a.sentences[i], known, true, &body);
}

void Pipeline::resolve(const Document& doc, DocumentAnalysis& a) const {
    a.resolution = resolver_.resolve(doc.text, a.mentions);
}

void Pipeline::find_relations(const Document& doc, DocumentAnalysis& a) const {
    std::vector<int> mention_at(a.tokens.size(), -1);
    for (std::size_t i = 0; i < a.sentences.size(); ++i)
        for (std::size_t m = 0; m < a.mentions[i].size(); ++m)
            std::fill(mention_at.begin() + a.mentions[i][m].first, mention_at.begin() + a.mentions[i][m].last,
                      static_cast<int>(m));
    std::vector<SentenceView> views;
    views.reserve(a.sentences.size());
    std::vector<SpeechFrame> frames;
    frames.reserve(a.sentences.size());
    for (std::uint32_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        views.push_back(SentenceView{doc.text, a.tokens, s, i, a.mentions[i], a.resolution.entity_of[i],
                                     std::span<const int>(mention_at).subspan(s.first, s.last - s.first),
                                     a.resolution.entities, lex_});
        frames.push_back(find_speech(views.back()));
    }
    // A quote that opens in one sentence and closes, with its speaker, in a
    // later one: every sentence from the opening one on is said.
    for (std::size_t i = frames.size(); i-- > 1;) {
        if (!frames[i].close_quote || frames[i].speaker < 0) continue;
        std::size_t open = i - 1;
        while (open > 0 && i - open < 6 && !frames[open].open_quote && !frames[open].close_quote && frames[open].speaker < 0)
            --open;
        if (!frames[open].open_quote || frames[open].speaker >= 0) continue;
        for (std::size_t j = open; j < i; ++j) {
            frames[j].speaker = frames[i].speaker;
            frames[j].speakers = frames[i].speakers;
            frames[j].first = a.sentences[j].first;
            frames[j].last = a.sentences[j].last;
        }
    }
    // "we" in a quote is the speaker's side; outside one, nobody in particular.
    for (std::size_t i = 0; i < frames.size(); ++i)
        for (std::size_t m = 0; m < a.mentions[i].size(); ++m) {
            const Mention& x = a.mentions[i][m];
            if (x.kind != MentionKind::Pronoun || !word_in(x.name, "we", "our", "ourselves")) continue;
            bool said = frames[i].speaker >= 0 && x.first >= frames[i].first && x.first < frames[i].last;
            a.resolution.entity_of[i][m] = said ? frames[i].speaker : -1;
        }
    // Whether a speaker is a newsroom, asked once per entity.
    std::vector<std::int8_t> media(a.resolution.entities.size(), -1);
    auto speaker_is_media = [&](int speaker) {
        std::int8_t& known = media[static_cast<std::size_t>(speaker)];
        if (known < 0) known = is_media(a.resolution.entities[static_cast<std::size_t>(speaker)].name);
        return known == 1;
    };
    for (std::size_t i = 0; i < views.size(); ++i) {
        SentenceView& v = views[i];
        v.members_of = &a.resolution.members_of[i];
        v.speaker = frames[i].speaker;
        v.speakers = frames[i].speakers;
        v.relay = frames[i].report || (v.speaker >= 0 && speaker_is_media(v.speaker));
        v.said_first = frames[i].first;
        v.said_last = frames[i].last;
        v.previous_speaker = i > 0 ? frames[i - 1].speaker : -1;
        std::size_t before = a.relations.size();
        for (const auto& extractor : extractors_) extractor->extract(v, a.relations);
        for (std::size_t r = before, n = a.relations.size(); r < n && !v.relay; ++r) {
            if (a.relations[r].relation != "attacked") continue;
            // "who allegedly hacked X": somebody alleges it, the document's accuser.
            if (a.relations[r].attributed_to < 0 && alleged(a.tokens, a.relations[r])) {
                Relation accusation = a.relations[r];
                accusation.relation = "accuses";
                accusation.object = accusation.subject;
                accusation.subject = Relation::kDocumentAccuser;
                accusation.confidence *= kReportFactor;
                accusation.rule = "alleged:" + accusation.rule;
                a.relations.push_back(std::move(accusation));
                continue;
            }
            if (a.relations[r].attributed_to < 0) continue;
            const Relation attack = a.relations[r];  // a copy: the pushes below may move the vector
            // Blaming a virus accuses nobody; a "said" is weaker than a claim.
            if (a.resolution.entities[static_cast<std::size_t>(attack.subject)].type == EntityType::Malware) continue;
            // "Britain and the Netherlands said ...": each speaker accuses.
            std::vector<int> accusers = {attack.attributed_to};
            if (attack.attributed_to == frames[i].speaker && frames[i].speakers.size() > 1) accusers = frames[i].speakers;
            for (int accuser : accusers) {
                Relation accusation = attack;
                accusation.subject = accuser;
                accusation.relation = "accuses";
                accusation.object = attack.subject;
                accusation.attributed_to = -1;
                accusation.confidence = attack.confidence * (frames[i].claim ? kClaimFactor : kReportFactor);
                accusation.rule = "claim:" + attack.rule;
                if (accusation.subject != accusation.object) a.relations.push_back(std::move(accusation));
            }
        }
    }
    complete_document(a);
}

// Completes denials and charges whose other party the document names elsewhere, then
// drops what is incomplete or below the confidence floor, keeps each
// (subject, relation, object) once per sentence and orders the rest.
void Pipeline::complete_document(DocumentAnalysis& a) const {
    const auto& entities = a.resolution.entities;
    // An entity's side: its country for the state, its bodies, people and
    // groups; for a person titled by a body ("WorldCom chief N") or a
    // spokesperson the side of that body; else itself.
    // A party, a movement or a company is its own side (organizations.tsv
    // says so, or its name does): the British National Party may accuse a
    // British politician, South Africa the ANC.
    auto of_state = [&](const Entity& x) {
        if (x.own_side) return false;
        if (x.type != EntityType::Organization) return true;
        for (const std::string& w : split_list(fold_case(x.name), ' '))
            if (w == "party" || w == "company" || w == "holdings" || lex_.is(w, WordClass::LegalForm)) return false;
        return true;
    };
    std::vector<int> side(entities.size());
    for (std::size_t e = 0; e < entities.size(); ++e)
        side[e] = entities[e].country >= 0 && of_state(entities[e]) ? -2 - entities[e].country : static_cast<int>(e);
    // "IBM Nederland NV" beside IBM: a company's unit named after it is on its side.
    auto unit_of = [&](const Entity& unit, const Entity& parent) {
        return parent.type == EntityType::Organization &&
               std::any_of(parent.aliases.begin(), parent.aliases.end(), [&](const std::string& name) {
                   return unit.name.size() > name.size() && unit.name.starts_with(name) && unit.name[name.size()] == ' ';
               });
    };
    for (std::size_t e = 0; e < entities.size(); ++e) {
        if (entities[e].type != EntityType::Organization || entities[e].name.find(' ') == std::string::npos) continue;
        for (std::size_t f = 0; f < entities.size(); ++f)
            if (f != e && unit_of(entities[e], entities[f])) {
                side[e] = side[f];
                break;
            }
    }
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == EntityType::Person && entities[e].affiliation >= 0)
            side[e] = side[static_cast<std::size_t>(entities[e].affiliation)];
    std::map<int, int> speaks_for;
    for (const Relation& r : a.relations)
        if (r.relation == "spokesperson-of" && r.subject >= 0 && r.object >= 0) {
            side[static_cast<std::size_t>(r.subject)] = side[static_cast<std::size_t>(r.object)];
            speaks_for.emplace(r.subject, r.object);
        }
    // "The ministry's spokesman dismissed the allegations by Washington":
    // Washington accuses the ministry, not its spokesman, and only when the
    // document does not already tell that it accuses the ministry's side.
    auto same_side = [&](int x, int y) { return side[static_cast<std::size_t>(x)] == side[static_cast<std::size_t>(y)]; };
    auto counter_claim = [](const Relation& r) { return r.rule.starts_with("counter-claim"); };
    for (Relation& r : a.relations)
        if (counter_claim(r))
            if (auto body = speaks_for.find(r.object); body != speaks_for.end()) r.object = body->second;
    auto told = [&](const Relation& r) {
        return std::any_of(a.relations.begin(), a.relations.end(), [&](const Relation& t) {
            return t.relation == "accuses" && !counter_claim(t) && t.subject == r.subject && t.object >= 0 &&
                   same_side(t.object, r.object);
        });
    };
    std::vector<char> retold(a.relations.size());  // decided before erasing: the test reads the other relations
    for (std::size_t i = 0; i < a.relations.size(); ++i)
        retold[i] = counter_claim(a.relations[i]) && a.relations[i].object >= 0 && told(a.relations[i]);
    for (std::size_t i = a.relations.size(); i-- > 0;)
        if (retold[i]) a.relations.erase(a.relations.begin() + static_cast<std::ptrdiff_t>(i));
    // Accusations whose accuser the sentence does not name (Relation::kDocumentAccuser).
    auto at_law = [&](const Relation& r) {
        std::size_t t = trigger_token(a.tokens, r);
        return t < a.tokens.size() && a.tokens[t].is(WordClass::LegalCharge);
    };
    int document_accuser = -1, document_prosecutor = -1, document_state = -1;
    for (const Relation& acc : a.relations) {
        if (acc.relation != "accuses" || acc.subject < 0) continue;
        bool unnamed = acc.object == Relation::kUnnamedParty;  // charged people it does not name
        if (!unnamed && (acc.object < 0 || same_side(acc.subject, acc.object))) continue;
        const Entity& x = entities[static_cast<std::size_t>(acc.subject)];
        bool body = x.type == EntityType::Organization || x.type == EntityType::Country;
        if (document_accuser < 0) document_accuser = acc.subject;
        if (document_prosecutor < 0 && at_law(acc) && body) document_prosecutor = acc.subject;
        if (document_state < 0 && x.country >= 0 && of_state(x) && body) document_state = acc.subject;
    }
    // "Authorities charged two Iranian citizens ... Justice Department officials
    // said": with no accuser named, the state's prosecutors named anywhere charge.
    auto prosecuting_body = [&](const Entity& x) {
        if (x.type != EntityType::Organization || x.country < 0 || !of_state(x)) return false;
        for (const std::string& w : split_list(fold_case(x.name), ' '))
            if (lex_.is(w, WordClass::ProsecutingBody)) return true;
        return false;
    };
    // Looked for only when a charge needs an accuser the document does not name.
    bool wanted = std::any_of(a.relations.begin(), a.relations.end(),
                              [](const Relation& r) { return r.subject <= Relation::kDocumentAccuser; });
    int prosecutors = -1;
    for (std::size_t e = 0; wanted && e < entities.size() && prosecutors < 0; ++e)
        if (prosecuting_body(entities[e])) prosecutors = static_cast<int>(e);
    for (int* accuser : {&document_accuser, &document_prosecutor, &document_state})
        if (*accuser < 0) *accuser = prosecutors;
    for (Relation& r : a.relations)
        if (r.subject <= Relation::kDocumentAccuser) {
            r.subject = r.subject == Relation::kDocumentAccuser     ? document_accuser
                        : r.subject == Relation::kDocumentProsecutor ? document_prosecutor
                                                                      : document_state;
            r.confidence *= kDocumentPartyFactor;
            r.rule += "+document-accuser";
        }
    std::erase_if(a.relations, [](const Relation& r) { return r.subject < 0; });  // no such accuser
    // "X accused Y of hacking Z": the attack is X's claim.
    for (Relation& attack : a.relations) {
        if (attack.relation != "attacked" || attack.attributed_to >= 0) continue;
        for (const Relation& acc : a.relations)
            if (acc.relation == "accuses" && acc.sentence == attack.sentence && acc.object == attack.subject &&
                acc.trigger.begin < attack.trigger.begin) {
                attack.attributed_to = acc.subject;
                break;
            }
    }
    // "X dismissed allegations ... The allegations were made by Y": Y accuses X.
    for (Relation& r : a.relations) {
        if (r.object != Relation::kDocumentDenier) continue;
        for (const Relation& denial : a.relations)
            if (denial.relation == "denies" && denial.subject >= 0 && r.subject >= 0 && !same_side(denial.subject, r.subject)) {
                r.object = denial.subject;
                break;
            }
    }
    for (Relation& r : a.relations) {
        if (r.relation != "denies" || r.object >= 0) continue;
        int accuser = -1;
        for (const Relation& acc : a.relations)
            if (acc.relation == "accuses" && acc.object >= 0 && same_side(acc.object, r.subject) &&
                !same_side(acc.subject, r.subject)) {
                accuser = acc.subject;
                break;
            }
        for (const Relation& acc : a.relations)
            if (accuser < 0 && acc.relation == "attacked" && acc.attributed_to >= 0 &&
                same_side(acc.subject, r.subject) && !same_side(acc.attributed_to, r.subject))
                accuser = acc.attributed_to;
        r.object = accuser;
        r.confidence *= kDocumentPartyFactor;
        r.rule += "+document-accuser";
    }
    // A spokesperson is a person and speaks for an organisation.
    for (const Relation& r : a.relations)
        if (r.relation == "spokesperson-of" && r.subject >= 0 && r.object >= 0) {
            auto& s = a.resolution.entities[static_cast<std::size_t>(r.subject)];
            auto& o = a.resolution.entities[static_cast<std::size_t>(r.object)];
            if (s.type == EntityType::Unknown) s.type = EntityType::Person;
            if (o.type == EntityType::Unknown) o.type = EntityType::Organization;
        }
    // A capitalised word of unknown type seen once is too weak to be an end;
    // a party does not accuse or deny its own side.
    auto weak = [&](int e) {
        const Entity& x = entities[static_cast<std::size_t>(e)];
        return x.type == EntityType::Unknown && x.name.find(' ') == std::string::npos && x.mentions < 2;
    };
    std::erase_if(a.relations, [&](const Relation& r) {
        return r.subject < 0 || r.object < 0 || r.subject == r.object || r.confidence < options_.min_confidence ||
               weak(r.subject) || weak(r.object) ||
               ((r.relation == "accuses" || r.relation == "denies") && same_side(r.subject, r.object));
    });
    // Three decimals: what is printed is what the graph keeps, on every path.
    for (Relation& r : a.relations) r.confidence = std::round(r.confidence * 1000) / 1000;
    auto key = [](const Relation& r) { return std::tie(r.sentence, r.subject, r.relation, r.object); };
    std::stable_sort(a.relations.begin(), a.relations.end(), [&](const Relation& x, const Relation& y) {
        if (key(x) != key(y)) return key(x) < key(y);
        return x.confidence > y.confidence;
    });
    a.relations.erase(std::unique(a.relations.begin(), a.relations.end(),
                                  [&](const Relation& x, const Relation& y) { return key(x) == key(y); }),
                      a.relations.end());
    std::stable_sort(a.relations.begin(), a.relations.end(), [](const Relation& x, const Relation& y) {
        return std::tie(x.sentence, x.trigger.begin) < std::tie(y.sentence, y.trigger.begin);
    });
}

}  // namespace newsgraph
