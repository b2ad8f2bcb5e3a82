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
};

struct DocumentAnalysis {
    std::string date;  // the document's date, from its metadata or its text
    // What the tokens' folded forms point into; shared by copies of the analysis.
    std::shared_ptr<const FoldedText> folded;
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

    DocumentAnalysis analyze(const Document& doc) const;

    // The relations of `analyze`, for a run over many documents: a text that
    // holds no cue word (cues.h) can hold no relation and skips every stage;
    // its analysis is empty but for the date.
    DocumentAnalysis extract(const Document& doc) const;

    // The steps of `analyze`, in order, each filling its part of `a`; public
    // so that each can be measured (bench/stages.cpp) and tested alone.
    void tokenize(const Document& doc, DocumentAnalysis& a) const;   // date, tokens with word classes
    void split(const Document& doc, DocumentAnalysis& a) const;      // sentences
    void find_mentions(const Document& doc, DocumentAnalysis& a) const;
    void resolve(const Document& doc, DocumentAnalysis& a) const;
    void find_relations(const Document& doc, DocumentAnalysis& a) const;

private:
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
