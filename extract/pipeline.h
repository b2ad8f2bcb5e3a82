// The extraction pipeline: document -> clean lines -> tokens -> sentences ->
// mentions -> entities -> relations, each stage a separate unit. Built once
// from a lexicon; `analyze` is const and safe to call from many threads.
//
//   Pipeline pipeline(lexicon, PipelineOptions{});
//   DocumentAnalysis a = pipeline.analyze(doc);
//   for (const Relation& r : a.relations) use(a.resolution.entities[r.subject].name);
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cleanup.h"
#include "cues.h"
#include "extractor.h"
#include "lexicon.h"
#include "mentions.h"
#include "relation.h"
#include "resolve.h"
#include "sentences.h"
#include "tokens.h"

namespace newsgraph {

struct PipelineOptions {
    ResolveOptions resolve;       // capitals_as_countries: true
    double min_confidence = 0.0;  // relations below are dropped
    // News articles run to some 25 kB. A longer text is analysed in sections
    // of at most this many bytes, cut at line breaks, each resolved on its
    // own: the resolver and the document-level rules compare entities and
    // relations pair by pair, and one document of 16 MB would take hours.
    std::size_t section_bytes = 1 << 16;
};

struct DocumentAnalysis {
    std::string date;  // the document's date, from its metadata or its text
    // What the tokens' folded forms point into, one per section; shared by
    // copies of the analysis.
    std::vector<std::shared_ptr<const FoldedText>> folded;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<std::vector<Mention>> mentions;  // per sentence
    Resolution resolution;
    std::vector<Relation> relations;  // by sentence, then position; each (s, r, o) once per sentence
};

class Pipeline {
public:
    // The default extractors: triggers (relations.tsv) and spokespersons.
    Pipeline(const Lexicon& lexicon, PipelineOptions options);
    ~Pipeline();

    // Adds an extractor behind the default ones. Its cue words are unknown,
    // so `extract` then analyses every document.
    void add(std::unique_ptr<RelationExtractor> extractor);

    // Every stage, section by section (PipelineOptions::section_bytes); the
    // sections' analyses are joined into the document's, with the indices
    // and spans of the whole text.
    DocumentAnalysis analyze(const Document& doc) const;

    // What a run over many documents keeps of `analyze`: the date, the
    // entities and the relations. A text that holds no cue word (cues.h) can
    // hold no relation and skips every stage.
    DocumentAnalysis extract(const Document& doc) const;

    // The steps of `analyze` for one section, in order, each filling its
    // part of `a`; public so that each can be measured (bench/stages.cpp)
    // and tested alone.
    void tokenize(const Document& doc, DocumentAnalysis& a) const;   // date, tokens with word classes
    void split(const Document& doc, DocumentAnalysis& a) const;      // sentences
    void find_mentions(const Document& doc, DocumentAnalysis& a) const;
    void resolve(const Document& doc, DocumentAnalysis& a) const;
    void find_relations(const Document& doc, DocumentAnalysis& a) const;

private:
    DocumentAnalysis analyze_sections(const Document& doc, bool keep_stages) const;
    DocumentAnalysis analyze_section(const Document& doc) const;
    void complete_document(DocumentAnalysis& a) const;
    bool is_media(const std::string& name) const;  // a newsroom or news agency

    const Lexicon& lex_;
    PipelineOptions options_;
    CueScanner cues_;
    bool custom_extractors_ = false;
    Cleaner cleaner_;
    Tokenizer tokenizer_;
    SentenceSplitter splitter_;
    MentionFinder finder_;
    Resolver resolver_;
    std::vector<std::unique_ptr<RelationExtractor>> extractors_;
};

}  // namespace newsgraph
