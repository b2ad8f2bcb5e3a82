#include <catch2/catch.hpp>

#include "cleanup.h"
#include "dates.h"
#include "input.h"
#include "sentences.h"
#include "test_lexicon.h"
#include "text_cases.h"
#include "tokens.h"
#include "utf8.h"

using namespace newsgraph;

namespace {

// The tokens with the folded text they point into.
struct Tokenized {
    explicit Tokenized(const std::string& text) : folded(text) {
        Tokenizer(test_lexicon().abbreviations).tokenize(text, Span{0, static_cast<std::uint32_t>(text.size())}, folded, tokens);
    }
    FoldedText folded;
    std::vector<Token> tokens;
};

}  // namespace

TEST_CASE("tokens: abbreviations, decimals, possessives, quotes") {
    const TextCase cases[] = {
        {"The U.S. said so.", "[The] [U.S.] [said] [so] [.]"},
        {"Microsoft Corp. rose 1.13 percent", "[Microsoft] [Corp.] [rose] [1.13] [percent]"},
        {"Iran’s cyber-attacks", "[Iran] [’s] [cyber-attacks]"},
        {"“It isn't,” he said…", "[“] [It] [is] [n't] [,] [”] [he] [said] […]"},
        {"Gen. J. Smith", "[Gen.] [J.] [Smith]"},
        {"countries’ affairs", "[countries] [’] [affairs]"},
        {"they're sure we’ve seen what I'd call O'Brien's", "[they] ['re] [sure] [we] [’ve] [seen] [what] [I] ['d] [call] [O'Brien] ['s]"},
    };
    check_dumps(cases, [](const std::string& text) { return dump_tokens(text, Tokenized(text).tokens); });
}

TEST_CASE("tokens: every span is the surface it names") {
    const std::string text = "Iran’s Foreign Ministry (MFA) said: “No.” \xE2\x80\x94 U.S.-based firms, 3.5m";
    for (const Token& t : Tokenized(text).tokens) {
        REQUIRE(t.span.end <= text.size());
        CHECK(t.lower == fold_case(t.span.of(text)));
    }
}

TEST_CASE("tokens: a word's case, ASCII or not") {
    // capitalized: the first letter is upper case; all caps: two or more
    // letters, none lower case. Digits and marks count for neither.
    const std::string text =
        "Iran NATO U.S. A I 3M 4g x86 iPhone O'Brien McDONALD COVID-19 _X 1990s DON'T "
        "\xC3\x87" "elik \xC3\x89TAT \xC3\xA9t\xC3\xA9 5\xC3\x89T ,";
    std::string flags;
    for (const Token& t : Tokenized(text).tokens) {
        flags += std::string(t.span.of(text)) + (t.capitalized ? "^" : "") + (t.all_caps ? "!" : "") + ' ';
    }
    CHECK(flags ==
          "Iran^ NATO^! U.S.^! A^ I^ 3M^ 4g x86 iPhone O'Brien^ McDONALD^ COVID-19^! _X^ 1990s DO^! N'T^! "
          "\xC3\x87" "elik^ \xC3\x89TAT^! \xC3\xA9t\xC3\xA9 5\xC3\x89T^! , ");
}

TEST_CASE("words: a word against literals, compared inline") {
    CHECK(word_is("the", "the"));
    CHECK_FALSE(word_is("them", "the"));
    CHECK_FALSE(word_is("th", "the"));
    CHECK_FALSE(word_is("tha", "the"));
    CHECK(word_is("", ""));
    CHECK(word_is("\u2014", "\u2014"));  // a literal's bytes, not its characters
    CHECK(word_in("of", "and", "of", "for"));
    CHECK_FALSE(word_in("off", "and", "of", "for"));
}

TEST_CASE("fold_case: ASCII eight bytes at a time, the rest through ICU") {
    // Every ASCII byte against the byte-wise rule, at every offset and
    // around non-ASCII text, since the fast path works in 8-byte words.
    std::string ascii;
    for (int c = 1; c < 0x80; ++c) ascii += static_cast<char>(c);
    auto lower = [](std::string s) {
        for (char& c : s)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        return s;
    };
    for (std::size_t shift = 0; shift < 9; ++shift) {
        std::string s = ascii.substr(shift) + ascii.substr(0, shift);
        CHECK(fold_case(s) == lower(s));
        CHECK(fold_case(s + "\u00C9" + s) == lower(s) + "\u00E9" + lower(s));
    }
    CHECK(fold_case("THE KREMLIN\u2019S SPOKESMAN SAID ZZ@[`{") == "the kremlin's spokesman said zz@[`{");
    CHECK(fold_case("\u00DCBER-ALLES MINISTRY") == "\u00FCber-alles ministry");
}

TEST_CASE("sentences: abbreviations do not end sentences, line breaks do") {
    const std::string text =
        "Mr. Smith met U.S. officials on Jan. 5. They left.\nA headline without a stop\n"
        "He lives in the U.S. The talks ended. Routers, cameras etc. Most of them were hit. Mr. More agreed.";
    Tokenized tokenized(text);
    auto sentences = SentenceSplitter(test_lexicon().sentence_openers).split(text, tokenized.tokens);
    CHECK(dump_sentences(text, sentences) ==
          "0: Mr. Smith met U.S. officials on Jan. 5.\n"
          "1: They left.\n"
          "2: A headline without a stop\n"
          "3: He lives in the U.S.\n"
          "4: The talks ended.\n"
          "5: Routers, cameras etc.\n"
          "6: Most of them were hit.\n"
          "7: Mr. More agreed.\n");
}

TEST_CASE("cleanup: boilerplate lines are dropped and the date is found") {
    Cleaner cleaner(test_lexicon().cleanup);
    const std::string text =
        "Publish Date: 11 September 2020 - 23:42\nFollow Us\n  +1 212 555 0100\n"
        "Iran denied it. Photographer: A. Person/Agency\nPlease upgrade your browser\n";
    CleanText clean = cleaner.clean(text);
    CHECK(clean.date == "2020-09-11");
    REQUIRE(clean.lines.size() == 1);
    CHECK(clean.lines[0].of(text) == "Iran denied it.");
    // A credit marker inside a word cuts nothing: the cut would leave a word
    // ("hack") the raw text does not hold, which the cue scan would miss.
    const std::string glued = "Chile said Peru's hackimage copyright agency denied it.\n";
    CleanText kept = cleaner.clean(glued);
    REQUIRE(kept.lines.size() == 1);
    CHECK(kept.lines[0].of(glued) == "Chile said Peru's hackimage copyright agency denied it.");
}

TEST_CASE("cleanup: a credit is cut wherever it starts a word, a short line of boilerplate is dropped") {
    Cleaner cleaner(test_lexicon().cleanup);
    auto kept_lines = [&](const std::string& text) {
        std::vector<std::string> lines;
        for (Span line : cleaner.clean(text).lines) lines.emplace_back(line.of(text));
        return lines;
    };
    // The credit's place decides which part of the scan finds it: the first
    // byte, a middle block of sixteen, the last few bytes of the line.
    CHECK(kept_lines("(Photo by A. Person) at the port\nThe port reopened on Monday.\n") ==
          std::vector<std::string>{"The port reopened on Monday."});
    CHECK(kept_lines("The navy said the ships left the harbour at dawn on Tuesday (Photo by A. Person)\n") ==
          std::vector<std::string>{"The navy said the ships left the harbour at dawn on Tuesday"});
    CHECK(kept_lines("The ships left. Photo: Xy\n") == std::vector<std::string>{"The ships left."});
    CHECK(kept_lines("The ships left. Image caption: a pier\n") == std::vector<std::string>{"The ships left."});
    CHECK(kept_lines("A dockimage caption: stays inside a word\n") ==
          std::vector<std::string>{"A dockimage caption: stays inside a word"});
    // Words are counted over spaces and tabs: twelve words of a line with a
    // boilerplate phrase are boilerplate, thirteen are a sentence.
    CHECK(kept_lines("Read\tour privacy policy and the terms that come with it today\n").empty());
    const std::string sentence = "The regulator said the privacy policy of the firm broke the law in two ways\n";
    CHECK(kept_lines(sentence) == std::vector<std::string>{sentence.substr(0, sentence.size() - 1)});
}

TEST_CASE("cleanup: date forms") {
    Cleaner cleaner(test_lexicon().cleanup);
    CHECK(cleaner.parse_date("September 11, 2020") == "2020-09-11");
    CHECK(cleaner.parse_date("2020-09-11") == "2020-09-11");
    CHECK(cleaner.parse_date("11 Sept. 2020") == "2020-09-11");
    CHECK(cleaner.parse_date("sometime") == "");
}

TEST_CASE("utf8: invalid bytes are replaced, NUL becomes a space") {
    std::string text = std::string("ab\xFF") + "c" + std::string(1, '\0') + "d";
    CHECK(find_invalid_utf8(text) == 2);
    CHECK(repair_utf8(text) == 1);
    CHECK(text == "ab\xEF\xBF\xBD" "c d");
    CHECK(find_invalid_utf8(text) == std::string::npos);
}

TEST_CASE("input: JSONL documents and their errors") {
    Document d;
    CHECK(parse_jsonl_document(R"({"id": "a1", "text": "Hi", "date": "2020-01-02T10:00:00Z"})", "f-1", d).empty());
    CHECK(d.id == "a1");
    CHECK(d.date == "2020-01-02T10:00:00Z");  // as given: decode_document checks it
    CHECK(parse_jsonl_document(R"({"id": 7, "text": "Hi"})", "f-1", d).empty());
    CHECK(d.id == "7");
    CHECK(parse_jsonl_document(R"({"text": "Hi"})", "f-3", d).empty());
    CHECK(d.id == "f-3");
    CHECK(parse_jsonl_document(R"({"id": "x"})", "f-1", d) == "missing string field \"text\"");
    CHECK(parse_jsonl_document(R"([1, 2])", "f-1", d) == "expected a JSON object");
    CHECK(parse_jsonl_document(R"({"id": )", "f-1", d).rfind("invalid JSON at column", 0) == 0);
    CHECK(document_id("dev/seeds/000_abc.txt") == "000_abc");
    CHECK(document_id("news/a.txt.gz") == "a");
    CHECK(document_id("news/2024.jsonl.gz") == "2024");
}

TEST_CASE("input: a document's date is kept as its day, or left out with a warning") {
    std::vector<InputProblem> problems;
    auto decode = [&](const std::string& line) {
        return decode_document(RawDocument{"f.jsonl", 4, "f-4", line, true},
                               [&](const InputProblem& p) { problems.push_back(p); });
    };
    CHECK(decode(R"({"text": "Hi", "date": "2020-01-02T10:00:00Z"})")->date == "2020-01-02");
    CHECK(decode(R"({"text": "Hi", "date": "2020-01-02 10:00"})")->date == "2020-01-02");
    CHECK(decode(R"({"text": "Hi", "date": "2020-01-02"})")->date == "2020-01-02");
    CHECK(decode(R"({"text": "Hi"})")->date.empty());
    CHECK(problems.empty());
    std::optional<Document> d = decode(R"({"text": "Hi", "date": "March 5, 2020"})");
    REQUIRE(d);  // read, without the date
    CHECK(d->date.empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].what() == "f.jsonl:4: \"date\" is not YYYY-MM-DD (with a time or not): March 5, 2020, left out");
    CHECK_FALSE(problems[0].skipped);
}

TEST_CASE("dates: ISO days on the calendar") {
    CHECK(is_iso_date("2020-02-29"));
    CHECK_FALSE(is_iso_date("2021-02-29"));
    CHECK_FALSE(is_iso_date("2020-13-01"));
    CHECK_FALSE(is_iso_date("2020-1-05"));
    CHECK_FALSE(is_iso_date("2020-01-0x"));
    CHECK_FALSE(is_iso_date("0000-01-01"));
    CHECK_FALSE(is_iso_date(""));
    CHECK(iso_day("2020-09-11T23:42:00Z") == "2020-09-11");
    CHECK_FALSE(iso_day("2020-09-11x"));
    CHECK_FALSE(iso_day("2020-09"));
}

TEST_CASE("input: a deeply nested value is read without recursion") {
    // A million levels overflowed the stack of a recursive parser.
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    Document d;
    CHECK(parse_jsonl_document(R"({"id": "n", "meta": )" + deep + R"(, "text": "Hi"})", "f-1", d).empty());
    CHECK(d.text == "Hi");
    CHECK(parse_jsonl_document(R"({"id": "n", "meta": )" + deep.substr(0, 1000000), "f-1", d).rfind("invalid JSON at column", 0) == 0);
}

TEST_CASE("sentences: text without stops is cut every kMaxSentenceTokens tokens") {
    std::string text;
    for (int i = 0; i < 1300; ++i) text += "word ";
    Tokenized tokenized(text);
    auto sentences = SentenceSplitter(test_lexicon().sentence_openers).split(text, tokenized.tokens);
    REQUIRE(sentences.size() == 3);
    CHECK(sentences[0].last - sentences[0].first == kMaxSentenceTokens);
    CHECK(sentences[1].first == sentences[0].last);
    CHECK(sentences[2].last == 1300);
}

TEST_CASE("sentences: a closing quote stays, an opening quote moves on") {
    const std::string text = "He said: \"We left.\" \"We stay,\" she said.";
    Tokenized tokenized(text);
    auto sentences = SentenceSplitter(test_lexicon().sentence_openers).split(text, tokenized.tokens);
    CHECK(dump_sentences(text, sentences) == "0: He said: \"We left.\"\n1: \"We stay,\" she said.\n");
}
