#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cues.h"
#include "mentions.h"
#include "pipeline.h"
#include "test_lexicon.h"
#include "text_cases.h"
#include "utf8.h"

using namespace newsgraph;

namespace {

DocumentAnalysis analyze(const std::string& text) {
    static const Pipeline pipeline(test_lexicon(), PipelineOptions{});
    return pipeline.analyze(Document{"t", text, "", "", ""});
}

// "subject -relation-> object [attributed_to]" lines, the canonical dump of a document's relations.
std::string relations_of(const std::string& text) {
    DocumentAnalysis a = analyze(text);
    std::string out;
    for (const Relation& r : a.relations) {
        const auto& e = a.resolution.entities;
        out += e[static_cast<std::size_t>(r.subject)].name + " -" + r.relation + "-> " + e[static_cast<std::size_t>(r.object)].name;
        if (r.attributed_to >= 0) out += " [" + e[static_cast<std::size_t>(r.attributed_to)].name + "]";
        out += "\n";
        REQUIRE(r.evidence.end <= text.size());
    }
    return out;
}

std::string mentions_of(const std::string& text) {
    DocumentAnalysis a = analyze(text);
    std::string out;
    for (const auto& ms : a.mentions) out += dump_mentions(text, ms) + "\n";
    return out;
}

}  // namespace

TEST_CASE("mentions: gazetteers, titles, organisations, groups") {
    const TextCase cases[] = {
        // An occupation opening the sentence is no part of the name.
        {"Actor Ivan Petrov spoke.", "[Unknown Ivan Petrov]\n"},
        // A vendor's detection name is one name, of malware; a ticker's stop ends no sentence.
        {"Acme Corp found Trojan.Android/Spy.Banker.HU, the malware.",
         "[Organization Acme Corp] [Malware Trojan.Android/Spy.Banker.HU] [Description malware]\n"},
        {"Zenith Inc <ZEN.T> said.", "[Organization Zenith Inc] [Organization ZEN.T]\n"},
        {"Kremlin spokesman Ivan Petrov spoke.", "[Organization Kremlin] [Person Ivan Petrov]\n"},
        {"House Speaker Ana Ruiz spoke.", "[Person Ana Ruiz]\n"},
        {"The town of Tacna spoke.", "[Location Tacna]\n"},
        {"Israel G. Grossman spoke.", "[Unknown Israel G. Grossman]\n"},
        // A middle initial makes a person of the name before "and", unless a legal form follows.
        {"Martin T. Sosnoff and MTS Acquisition Corp spoke.", "[Unknown Martin T. Sosnoff] [Organization MTS Acquisition Corp]\n"},
        {"Frank B. Hall and Co Inc spoke.", "[Organization Frank B. Hall and Co Inc]\n"},
        // A company's owner before its possessive is a name of its own.
        {"Acme Holdings Inc's Zenith Games Inc unit spoke.", "[Organization Acme Holdings Inc] [Organization Zenith Games Inc]\n"},
        {"The European People's Party spoke.", "[Organization European People's Party]\n"},
        // An older name of a capital stands for its country too.
        {"Peking denied it.", "[Capital China] [Pronoun it]\n"},
        // Particles inside a name, in either case, after a portfolio.
        {"Minister for Foreign Affairs Jan van der Berg spoke.", "[Person Jan van der Berg]\n"},
        {"State Secretary for Trade Jan Van Der Berg spoke.", "[Person Jan Van Der Berg]\n"},
        {"The suit was filed by Eduardo de los Santos, a board member.", "[Unknown Eduardo de los Santos]\n"},
        {"Iran's Foreign Ministry spoke.", "[Organization Iranian Foreign Ministry]\n"},
        {"Seven Iranian hackers were charged by the U.S. Justice Department.",
         "[Group Iranian hackers] [Organization US Justice Department]\n"},
        {"The Ministry of Foreign Affairs of Peru spoke.", "[Organization Peruvian Foreign Ministry]\n"},
        {"The Nuclear Safety Agency of Chile (NSAC) spoke.", "[Organization Chilean Nuclear Safety Agency] [Organization NSAC]\n"},
        {"A worm called Wiggler spread in Tehran.", "[Malware Wiggler] [Capital Iran]\n"},
        {"Dubbed Wiggler, a variant of Sofabed, the worm spread.", "[Malware Wiggler] [Unknown Sofabed] [Description worm]\n"},
        {"They found a new variant of Sofabed.", "[Pronoun They] [Malware Sofabed]\n"},
        {"Israeli airstrikes hit Gaza.", "[Adjective Israel] [Country Palestinian territories]\n"},
        // A body of org_names.tsv in lower case; a description is none.
        {"A spokesman for the Peruvian foreign ministry spoke.", "[Organization Peruvian Foreign Ministry]\n"},
        {"The Chilean spy agency spoke.", "[Adjective Chile] [Description agency]\n"},
        // Another country's body of a gazetteer name is that country's, not the gazetteer's.
        {"The Chilean Justice Department spoke.", "[Organization Chilean Justice Department]\n"},
        {"A Lima grand jury indicted Ana Ruiz.", "[Organization Lima grand jury] [Unknown Ana Ruiz]\n"},
        // A place's police is a body of its own; a country's is the country's people.
        {"Miami Beach police spokesman Ana Ruiz spoke.", "[Organization Miami Beach police] [Person Ana Ruiz]\n"},
        {"Israeli police spoke.", "[Group Israeli police]\n"},
        // "for the" and "of the" go on with a body's name, unless a country follows.
        {"The Medical Foundation for the Care of Victims of Torture spoke.",
         "[Organization Medical Foundation for the Care of Victims of Torture]\n"},
        {"The Foreign Ministry of the Netherlands spoke.", "[Organization Foreign Ministry] [Country Netherlands]\n"},
        // A former country, and the adjective that stands for it.
        {"The Soviet Union and Soviet officials spoke.", "[Country Soviet Union] [Group Soviet officials]\n"},
        // A name with "&" is a firm's; a name with a number is no person's.
        {"Marsh & McLennan told Radio 4 listeners.", "[Organization Marsh & McLennan] [Unknown Radio 4]\n"},
        // "the state supply body, Acme,": a description's word before the name that renames the phrase is none.
        {"Ivan Petrov blamed the state supply body, Zenith, for it.", "[Unknown Ivan Petrov] [Unknown Zenith] [Pronoun it]\n"},
        // A sponsor joined to a group acts through it; so does a nationality group.
        {"Kremlin-backed hackers and Chilean state-sponsored hackers spoke.",
         "[Organization Kremlin] [Group Chilean hackers]\n"},
    };
    check_dumps(cases, mentions_of);
}

TEST_CASE("relations: voice, coordination, nouns, speech") {
    const TextCase cases[] = {
        {"Norway accused Russia of hacking its parliament.", "Norway -accuses-> Russia\nRussia -attacked-> Norway [Norway]\n"},
        {"Chile was accused by Peru of spying.", "Peru -accuses-> Chile\n"},
        {"Iran, Russia and China dismissed allegations by Microsoft on Friday.",
         "Iran -denies-> Microsoft\nRussia -denies-> Microsoft\nChina -denies-> Microsoft\nMicrosoft -accuses-> Iran\n"
         "Microsoft -accuses-> Russia\nMicrosoft -accuses-> China\n"},
        {"The report described cyber-attacks by Iran against Saudi Arabia.", "Iran -attacked-> Saudi Arabia\n"},
        {"Dozens were killed in Israeli airstrikes on Gaza.", "Israel -attacked-> Palestinian territories\n"},
        {"Kremlin spokesman Ivan Petrov said Russia has never meddled in U.S. elections.",
         "Ivan Petrov -spokesperson-of-> Kremlin\nIvan Petrov -denies-> United States\n"},
        {"Iran said it has not attacked Israel.", "Iran -denies-> Israel\n"},
        {"Maria Lopez, a spokeswoman for the Interior Ministry of Spain, spoke.",
         "Maria Lopez -spokesperson-of-> Spanish Interior Ministry\n"},
        // "N, who speaks for O", "N, official representative of O", "a spokesman
        // for O, Lt. Col. N,": the spokesperson forms of the relation guidelines.
        {"Li Wei, who speaks for the Peruvian foreign ministry, dismissed the report.",
         "Li Wei -spokesperson-of-> Peruvian Foreign Ministry\n"},
        {"Maria Lopez, official representative of the Chilean Foreign Ministry, spoke.",
         "Maria Lopez -spokesperson-of-> Chilean Foreign Ministry\n"},
        {"A spokesman for the Peruvian Defence Ministry, Lt. Col. Pedro Gomez, spoke.",
         "Pedro Gomez -spokesperson-of-> Peruvian Defence Ministry\n"},
        {"\"The numbers are good,\" said Pedro Gomez, economist at Acme Bank.", ""},
        // A name before its head nouns is the body; not a name before a title.
        {"Ana Ruiz, a spokeswoman for the Acme campaign, said the site was down.",
         "Ana Ruiz -spokesperson-of-> Acme\n"},
        {"Ana Ruiz, a spokeswoman for the Lima prosecutor, said the case was closed.", ""},
        // A union "of America" and its numbered local; a bare title after a
        // clause is an apposition, "a spokesman ... said" another speaker.
        {"Talks stalled, Ana Ruiz, spokeswoman for the United Steelworkers of America local 480 said.",
         "Ana Ruiz -spokesperson-of-> United Steelworkers of America\n"},
        {"The plan was backed by Chairman Pedro Vega, a spokesman for the bank said.", ""},
        // Rejecting a comment denies its author; rejecting a suggestion does not.
        {"Pedro Lopez spoke. Ana Ruiz rejected Mr Lopez's comment, telling reporters that Chile was calm.",
         "Ana Ruiz -denies-> Pedro Lopez\n"},
        {"Ana Ruiz rejected a suggestion by Peru that Chile cut taxes.", ""},
        // A relative clause after an indefinite apposition describes the name before it.
        {"Sofabed spread. They found Sofabed, a strain of malware which infected Acme Corp.",
         "Sofabed -attacked-> Acme Corp.\n"},
        {"Sofabed spread. They found Sofabed, a new worm that infected Chilean banks.", "Sofabed -attacked-> Chile\n"},
        {"They saw Ana Ruiz, a hacker from Peru who breached Acme Corp.", "Ana Ruiz -attacked-> Acme Corp.\n"},
        {"Researchers found the Sofabed ransomware, a strain of malware which is targeting Chilean banks.",
         "Sofabed -attacked-> Chile\n"},
        // "linked to attacks on X": the party linked made them; a variant of X is malware X.
        {"Russia has been linked to the cyberattack on Acme Corp.", "Russia -attacked-> Acme Corp.\n"},
        {"Chile linked the cyberattack on Acme Corp to Russia.", "Chile -accuses-> Russia\n"},
        {"A Linux variant of Sofabed, linked to attacks against Chilean power plants, is now in use.",
         "Sofabed -attacked-> Chile\n"},
        // "the city of X" is a place, and the target of an attack on the city;
        // "the X attack" was an attack there, by nobody named.
        {"The Sofabed ransomware hit the city of Tacna. But Pedro Vega, a hacking consultant who advises banks, said "
         "he thinks the payment was associated with the Tacna attack.",
         "Sofabed -attacked-> Tacna\n"},
        {"Peru bombed the port of Arica.", "Peru -attacked-> Arica\n"},
        {"Peru bombed ships in the port of Arica.", ""},
    };
    check_dumps(cases, relations_of);
}

TEST_CASE("relations: speech, claims, allegations and their denials") {
    const TextCase cases[] = {
        // A complaint's that-clause names the accused by its subject alone;
        // the noun's phrase ends where the clause starts.
        {"Chile filed a complaint that Peruvian officials helped Acme Corp.", "Chile -accuses-> Peruvian officials\n"},
        {"Chile filed a complaint that the Peruvian government unfairly subsidises Acme Corp at the WTO.",
         "Chile -accuses-> Peru\n"},
        // "it" as the subject of an agent verb acts; the noun's "of" phrase
        // names the accused only right after it; a denial of service is none.
        {"Acme Corp said it will pursue allegations of fraud against Zenith Inc.", "Acme Corp -accuses-> Zenith Inc.\n"},
        {"Peru pressed charges against Acme Corp.", "Peru -accuses-> Acme Corp.\n"},
        {"Acme Corp said it filed a lawsuit in the federal court of Chile against several companies.", ""},
        {"Acme Corp said Sofabed can launch denial of service attacks against printers that support Zenith Inc.", ""},
        // Allegations made by someone named only after the denial: the denier
        // answers them; a country modifying a noun is no party of the denied act.
        {"Pedro Vega dismissed allegations he ordered the shredding of papers in a U.K. investigation as untrue. The "
         "allegations were made by his former assistant Ana Ruiz.",
         "Pedro Vega -denies-> Ana Ruiz\nAna Ruiz -accuses-> Pedro Vega\n"},
        {"The allegations were made by his former assistant Ana Ruiz.", ""},
        // "according to" a description set beside a name: the name speaks;
        // "the rebels of X" act for X.
        {"According to the state oil firm, Petrochile SA, the FPLC carried out 72 attacks on petroleum pipelines.",
         "Petrochile SA -accuses-> FPLC\n"},
        {"According to the state oil firm, Petrochile SA, the rebels of the FPLC carried out 72 attacks on Peru.",
         "Petrochile SA -accuses-> FPLC\nFPLC -attacked-> Peru [Petrochile SA]\n"},
        // Who charged people it did not name is the accuser when they are named.
        {"A Grand Jury in Lima Federal Court indicted three traders. Ana Ruiz and Pedro Vega were charged with fraud.",
         "Grand Jury -accuses-> Ana Ruiz\nGrand Jury -accuses-> Pedro Vega\n"},
        {"A Grand Jury in Lima Federal Court did not indict anyone. Ana Ruiz and Pedro Vega were charged with fraud.", ""},
        // A list whose conjuncts carry appositions.
        {"Peru indicted three traders. Ana Ruiz, head of risk at Acme Sachs and Co, Pedro Vega, an employee of Zenith Co "
         "Inc, and Luis Soto, also formerly with Zenith, were charged with fraud.",
         "Peru -accuses-> Ana Ruiz\nPeru -accuses-> Pedro Vega\nPeru -accuses-> Luis Soto\n"},
        {"Peru indicted two traders. Ana Ruiz, 31, and Pedro Vega, 40, were charged with fraud.",
         "Peru -accuses-> Ana Ruiz\nPeru -accuses-> Pedro Vega\n"},
        {"Peru, Chile, and Bolivia accused Acme Corp.",
         "Peru -accuses-> Acme Corp.\nChile -accuses-> Acme Corp.\nBolivia -accuses-> Acme Corp.\n"},
        // "In Peru, the firm sued": no apposition after an opening phrase.
        {"Acme Corp runs water in Peru. In Peru, the firm sued the state.", "Acme Corp -accuses-> Peru\n"},
        // "was denied his chance" refuses, it denies nothing; a count before a
        // name's modifiers makes "attacks" a noun.
        {"Pedro Vega was twice denied his chance by Ana Ruiz.", ""},
        {"Chile accused Peru of hacking. The allegation was denied by Peru.", "Chile -accuses-> Peru\nPeru -denies-> Chile\n"},
        {"Acme Corp has noted about 500 new attempted Sofabed attacks across its customer base.", ""},
        // A place of no known type before a charging document names its court.
        {"The US Justice Department charged Ana Ruiz with fraud. The Tacna indictment accuses Ana Ruiz of theft.",
         "US Justice Department -accuses-> Ana Ruiz\nUS Justice Department -accuses-> Ana Ruiz\n"},
        {"The inquiry began after the Sunday Times alleged Acme Ltd bribed officials.", "Sunday Times -accuses-> Acme Ltd\n"},
        // "by the Israeli firm NSO Group", "by <Acme Corp>": the firm named after its description.
        {"Acme Corp was hacked by the Israeli firm NSO Group, researchers said.", "NSO Group -attacked-> Acme Corp\n"},
        {"Zenith Inc said the lawsuit was brought against it by <Acme Corp>.", "Acme Corp -accuses-> Zenith Inc [Zenith Inc]\n"},
        // A possessive pronoun is the author of a claim.
        {"Jose Mourinho spoke. His allegation that Acme Corp cheated was rejected.", "Jose Mourinho -accuses-> Acme Corp\n"},
        // A relative clause after the denier is no denied act; "his claims" is no speech.
        {"Pedro Vega spoke. His claims were denied by Foreign Secretary Ana Ruiz, who accused the Tories of running scared.",
         "Ana Ruiz -denies-> Pedro Vega\nAna Ruiz -accuses-> Conservative Party\n"},
        {"Peru denied that Ana Ruiz, who works for Chile, attacked Acme Corp.", "Peru -denies-> Acme Corp.\n"},
        // A contrast ends the denied clause.
        {"Peru denied it was behind the attacks, even though Chile renewed complaints against Peruvian hackers.",
         "Peru -denies-> Chile\nChile -accuses-> Peruvian hackers\n"},
        {"The U.S. and Britain say Iran built the weapon, an allegation that Iran denies.",
         "United States -accuses-> Iran\nUnited Kingdom -accuses-> Iran\nIran -denies-> United States\n"
         "Iran -denies-> United Kingdom\n"},
        {"Hackers linked to Moscow hacked the servers of Estonia, Finland said.",
         "Russia -attacked-> Estonia [Finland]\nFinland -accuses-> Russia\n"},
        {"\"Chile has interfered in our elections,\" foreign minister Ana Ruiz said.", "Ana Ruiz -accuses-> Chile\n"},
        {"\"Chile is a nest of spies,\" Ana Ruiz said.", "Ana Ruiz -accuses-> Chile\n"},
        {"Chile accused Peru of shelling its border. Peru denied that its army had attacked anyone.",
         "Chile -accuses-> Peru\nPeru -attacked-> Chile [Chile]\nPeru -denies-> Chile\n"},
        {"Israeli airstrikes on a camp in southern Lebanon killed nine people.", "Israel -attacked-> Lebanon\n"},
        {"The company blamed the outage on North Korea.", ""},
        {"Norway blamed the outage on North Korea.", "Norway -accuses-> North Korea\n"},
        {"Gunmen loyal to the Labour Party attacked John Smith.", "Labour Party -attacked-> John Smith\n"},
        // "This", "that" or "it" standing for what was just said denies its
        // speaker; not "this morning's report", nor a relative "that".
        {"Researchers at Acme Security believe Peru hacked the ballot. This is denied by Peruvian president, Ana Ruiz.",
         "Acme Security -accuses-> Peru\nAna Ruiz -denies-> Acme Security\n"},
        {"Ana Ruiz said Peru was behind the hacking. But Mr Gomez rejected that.",
         "Ana Ruiz -accuses-> Peru\nGomez -denies-> Ana Ruiz\n"},
        // "denied that, saying ...": "that" is the rumour before, which no one is named as spreading.
        {"Acme Rovers manager Ana Ruiz signed a new deal. Earlier in May, there were rumours Ruiz would quit. But she "
         "denied that, saying she was happy to improve Acme Rovers' fortunes.",
         ""},
        {"Ana Ruiz said Peru was behind the hacking. Chile signed a treaty that was rejected by Pedro Gomez.",
         "Ana Ruiz -accuses-> Peru\n"},
        // A user acts through what it uses, not the owner of that thing; the
        // subject of a relative clause closed by a comma is not the main one.
        {"The Sofabed group hacked Chilean servers. They used the ministry's passwords to hack Acme Corp.",
         "Sofabed -attacked-> Chile\nSofabed -attacked-> Acme Corp.\n"},
        {"A link, which we believe Ana Ruiz sent, was used to infect Acme Corp.", ""},
        // A participle right after a name inside a phrase is said of that name;
        // "by Chilean troops" acts even before a verb the lexicon does not know.
        {"The family of a Peruvian civilian allegedly killed by Chilean troops spoke.", "Chile -attacked-> Peruvian civilian\n"},
        // "alleging a conspiracy between A and B": the named participants;
        // charges of no named author are the prosecutor's.
        {"Peru alleged a conspiracy between Acme Corp and Sofabed Group.", "Peru -accuses-> Acme Corp\nPeru -accuses-> Sofabed Group\n"},
        {"Peru's Interior Ministry charged Ana Ruiz with fraud. Officials announced new charges over the hack of Acme "
         "Corp, alleging a conspiracy between criminal hackers and the Chilean Security Agency.",
         "Peruvian Interior Ministry -accuses-> Ana Ruiz\nPeruvian Interior Ministry -accuses-> Chilean Security Agency\n"},
        // Who makes the charges or claims a denial names accuses the denier;
        // not who made a "comment" or an "argument".
        {"Peru rejected charges by Chile on Monday.", "Peru -denies-> Chile\nChile -accuses-> Peru\n"},
        {"Ana Ruiz hit back at Chilean claims that she had lied.", "Ana Ruiz -denies-> Chile\nChile -accuses-> Ana Ruiz\n"},
        {"Ana Ruiz rejected Pedro Gomez's argument that prices would fall.", "Ana Ruiz -denies-> Pedro Gomez\n"},
        // A spokesman's denial answers charges against the body he speaks for,
        // and a charge the story already tells is not told again.
        {"Peruvian Foreign Ministry spokesman Luis Vega rejected charges by Chile.",
         "Luis Vega -spokesperson-of-> Peruvian Foreign Ministry\nLuis Vega -denies-> Chile\nChile -accuses-> Peruvian Foreign Ministry\n"},
        {"Chile accused Peru of hacking. Peruvian Foreign Ministry spokesman Luis Vega rejected the charges by Chile.",
         "Chile -accuses-> Peru\nLuis Vega -spokesperson-of-> Peruvian Foreign Ministry\nLuis Vega -denies-> Chile\n"},
        // After "and", a name in the phrase of the verb before is no subject.
        {"Ana Ruiz said she had rounded on her Chilean counterpart Pedro Gomez and accused Chile of lying.",
         "Ana Ruiz -accuses-> Chile\n"},
        // "the hack of X" names its target; a relative clause after it is another phrase.
        {"The Sofabed group was behind the 2014 hack of Acme Corp that was also blamed on Peru.",
         "Sofabed -attacked-> Acme Corp\n"},
        {"Conservative health spokesman Pedro Gomez spoke.", "Pedro Gomez -spokesperson-of-> Conservative Party\n"},
        // "a common PHP shell": a name after "a" modifies the noun; a region
        // before a noun ("attacks on Gulf oil platforms") only says where.
        {"Sofabed tools are sold widely. The Acme Corp archives also included a common Sofabed shell named r57, "
         "suggesting that Acme Corp had been hacked.",
         ""},
        {"Peru said Chilean warplanes carried out attacks on Red Sea oil platforms.", ""},
        // A name with its acronym modifies the noun after both ("a leaked Acme
        // Security Agency (ASA) exploit"), a database is its owner's.
        {"The Wiggler worm attack hit hospitals using a leaked Chilean Security Agency (CSA) exploit.", ""},
        {"The Sofabed group hacked into the World Rowing Federation (WRF) database.", "Sofabed -attacked-> World Rowing Federation\n"},
        // A condition opening the sentence has not happened.
        {"Acme Exchange fined Mr Vega. \"If I ever discovered a broker doing it (front-running), or even suspected him of "
         "doing it, I would cut him off,\" Pedro Gomez said.",
         ""},
        // "Another Acme spokesman", ", an Acme spokesperson said": someone
        // unnamed, not the spokesman named before.
        {"Acme Corp spokesman Pedro Gomez spoke on Monday. Sales would rise, an Acme Corp spokesperson said. "
         "Another Acme Corp spokesman said sales would fall.",
         "Pedro Gomez -spokesperson-of-> Acme Corp\n"},
        // A possessor is no conjunct of a list; "the company" after two people is none of them.
        {"The Peruvian missile attack on the Chilean frigate killed 37 Chileans, and Ana Ruiz's decision followed.",
         "Peru -attacked-> Chile\nPeru -attacked-> Chileans\n"},
        // "after accusing him": the gerund's subject is the sentence's; one's own device is no victim.
        {"Ms Ana Ruiz sacked Mr Pedro Gomez after accusing him of fraud.", "Ana Ruiz -accuses-> Pedro Gomez\n"},
        {"After hacking into my own Acme router, I found flaws, Pedro Gomez said.", ""},
        // A long relative clause set off by commas still leads back to its antecedent.
        {"Acme Corp said the Sofabed group, which has been linked by western governments and security experts to a "
         "Peruvian spy agency blamed for some of the cyber operations that marred the 2016 Chilean election, was "
         "behind the attack on Acme Corp.",
         "Acme Corp -accuses-> Sofabed\nSofabed -attacked-> Acme Corp [Acme Corp]\n"},
        // "denied, however, that": across an aside; the by-phrase of another
        // verb's object ("after hearing submissions by X") names no author.
        {"Chile accused Peru of fraud. Ana Ruiz denied, however, that Pedro Gomez had bribed Acme Corp.",
         "Chile -accuses-> Peru\nAna Ruiz -denies-> Acme Corp.\n"},
        {"Ombudsman Raul Gomez charged Luis Vega with fraud. Gomez said his office ordered the charges filed after hearing "
         "submissions by Vega and plaintiff Ana Ruiz, the president of the Acme Union.",
         "Ombudsman Raul Gomez -accuses-> Luis Vega\n"},
        // "This group" continues a group's name of no known type.
        {"Last year another hacking group named Sofabed also targeted Chilean businesses, launching DDoS attacks. This "
         "group began DDoS attacks a month earlier by first targeting Peruvian banks.",
         "Sofabed -attacked-> Chile\nSofabed -attacked-> Peru\n"},
        // Malware is fought, not attacked.
        {"A worm called Wiggler spread on Monday. Acme Corp has struck hard at the worm.", ""},
        // "renewed complaints against", "lodged a lawsuit against": the subject made them.
        {"Ana Ruiz's camp renewed complaints against Chilean media.", "Ana Ruiz -accuses-> Chilean media\n"},
        {"Acme Corp lodged a lawsuit against Sofabed Group on Monday.", "Acme Corp -accuses-> Sofabed Group\n"},
        // "..., said a company spokesman": the speaker after the verb, not the
        // clause's subject; not "X, a researcher at Y, said:".
        {"Acme Corp is a phone company. Mr Vega tried twice to hack Acme Corp's network, said a company spokesman.",
         "Acme Corp -accuses-> Vega\nVega -attacked-> Acme Corp [Acme Corp]\n"},
        {"Ana Ruiz, a researcher at Acme Corp, said: \"Peru hacked Chile.\"", "Ana Ruiz -accuses-> Peru\nPeru -attacked-> Chile [Ana Ruiz]\n"},
    };
    check_dumps(cases, relations_of);
}

TEST_CASE("relations: constructions of wire copy and politics") {
    const TextCase cases[] = {
        {"\"We charged three Chilean nationals for hacking,\" Ana Ruiz said.", "Ana Ruiz -accuses-> Chilean nationals\n"},
        {"Governor Ana Ruiz issued a statement accusing Chile of attempting to hack the power grid of Peru.",
         "Ana Ruiz -accuses-> Chile\nChile -attacked-> Peru [Ana Ruiz]\n"},
        {"Peru accused Mr Ruiz, Mr Lopez and Mr Vega of fraud. Mr Ruiz, Mr Lopez and Mr Vega deny conspiring to rig "
         "the election.",
         "Peru -accuses-> Ruiz\nPeru -accuses-> Lopez\nPeru -accuses-> Vega\nRuiz -denies-> Peru\nLopez -denies-> Peru\n"
         "Vega -denies-> Peru\n"},
        {"The U.S. Government said Iranian warships shelled a Kuwaiti tanker.",
         "United States -accuses-> Iran\nIran -attacked-> Kuwait [United States]\n"},
        {"The US spy agency infiltrated the servers of a Chilean telecom firm.", "United States -attacked-> Chile\n"},
        {"Peru's campaign complained about hacking, blaming Chilean interests for the cyber attacks.",
         "Peru -accuses-> Chilean interests\n"},
        {"The Defense Ministry denied a report that Peru was shipping arms to Chile.",
         "Peruvian Defence Ministry -denies-> Chile\n"},
        {"Chile accused Peru of the attack. A Peruvian spokesman denied the charges.",
         "Chile -accuses-> Peru\nPeru -denies-> Chile\n"},
        {"Ana Ruiz denied the claims by Chile.", "Ana Ruiz -denies-> Chile\nChile -accuses-> Ana Ruiz\n"},
        // "they're": the clitic is a token of its own, so the clause reads.
        {"Chile accused Peru of the hacking. Peruvian authorities denied they're behind the hacking.",
         "Chile -accuses-> Peru\nPeruvian authorities -denies-> Chile\n"},
        // An unnamed official of a named body acts for it, however many people were named before.
        {"Ana Ruiz spoke on Monday. A Peruvian official denied the claims by Chile.", "Peru -denies-> Chile\nChile -accuses-> Peru\n"},
        {"Peru launched its second offensive in three days against Chile.", "Peru -attacked-> Chile\n"},
        // A list after a dash names the objects; "is suing", "is denying" are verbs.
        {"Chile is suing four companies - Microsoft, Google and Apple - for their part in the sale.",
         "Chile -accuses-> Microsoft\nChile -accuses-> Google\nChile -accuses-> Apple\n"},
        // An adverb may stand in the progressive; a possessive description
        // before a conjunct and an unnamed last one keep the list.
        {"Chile is currently suing four companies - Microsoft, its unit Google, Apple and the shell company which "
         "won - for their part in the sale.",
         "Chile -accuses-> Microsoft\nChile -accuses-> Google\nChile -accuses-> Apple\n"},
        {"Chile accused Peru of the attack. Peru is denying any involvement.",
         "Chile -accuses-> Peru\nPeru -denies-> Chile\n"},
        // A sponsor joined to a group or force acts through it.
        {"Russian-backed separatists shelled Ukrainian troops.", "Russia -attacked-> Ukraine\n"},
        {"Saudi-led forces bombed a market in Yemen.", "Saudi Arabia -attacked-> Yemen\n"},
        {"Chile-based researchers attacked the plan.", ""},
        // An agent verb's "by" names the noun's agent, across a long name.
        {"The attacks on the Chilean Nuclear Safety Agency (CNSA), allegedly perpetrated by Kremlin-backed hackers, "
         "hit banks.",
         "Kremlin -attacked-> Chilean Nuclear Safety Agency\n"},
        {"The attacks on Chile were described by Peruvian officials as severe.", ""},
        {"Acme Corp said Chilean state-backed hackers attacked the Peruvian Defence Ministry.",
         "Acme Corp -accuses-> Chilean hackers\nChilean hackers -attacked-> Peruvian Defence Ministry [Acme Corp]\n"},
        // Weapons between the verb and its preposition.
        {"Peruvian militants fired dozens of rockets into northern Chile.", "Peruvian militants -attacked-> Chile\n"},
        {"Peru fired its finance minister on Monday.", ""},
        // A capital struck is literal; one that modifies the object is not.
        {"Ana Ruiz condemned the Peruvian strike on Santiago.", "Ana Ruiz -accuses-> Peru\nPeru -attacked-> Chile [Ana Ruiz]\n"},
        {"Peru's attack on Santiago trade policy was harsh.", ""},
        {"Ana Ruiz said those targets fall outside Lima.", ""},
        {"Peruvian troops attacked Santiago overnight.", "Peru -attacked-> Chile\n"},
        {"Ana Ruiz attacked Santiago over its trade policy.", ""},
        // A name that is the object of an attack modifies the noun after it.
        {"The Chilean army said it struck Acme Group targets in Peru.", "Chile -attacked-> Acme Group\n"},
        // A country's adjective before a claim is its author.
        {"Peru rejected the Chilean accusations, calling them baseless.", "Peru -denies-> Chile\nChile -accuses-> Peru\n"},
        {"Peru rejected the Chilean proposal.", ""},
        {"The official Lima Times yesterday accused Chile of delaying the sale.", "Lima Times -accuses-> Chile\n"},
        // A gerund is an act where it heads its phrase, not where it modifies a noun.
        {"Peruvian hackers waged a hacking campaign against Chile.", "Peruvian hackers -attacked-> Chile\n"},
        {"Ana Ruiz said Acme Corp released the Windows hacking tools for free.", ""},
        {"The attack was blamed on Chile by Peruvian officials.", "Peruvian officials -accuses-> Chile\n"},
        {"Chile said Peruvian state hackers attacked its servers.",
         "Chile -accuses-> Peruvian hackers\nPeruvian hackers -attacked-> Chile [Chile]\n"},
        {"Peruvian air defences shot down two Chilean jets over the border.", "Peru -attacked-> Chile\n"},
        {"Peru shot down the proposal.", ""},
        // A country's people named by no role are the story's one group of its wrongdoers.
        {"Peru charged two Chilean citizens with hacking. The Chilean hackers denied the charges.",
         "Peru -accuses-> Chilean hackers\nChilean hackers -denies-> Peru\n"},
        {"Chilean citizens protested. Chilean hackers and Chilean criminals attacked Peru.",
         "Chilean hackers -attacked-> Peru\nChilean criminals -attacked-> Peru\n"},
        // "A Labour spokesman" later is someone unnamed, not the one named before.
        {"Labour spokesman Pedro Gomez spoke. A Labour spokesman later said Chile was not involved.",
         "Pedro Gomez -spokesperson-of-> Labour Party\n"},
        // A modal's negation refuses; it denies no act.
        {"Chile accused Peru. Ana Ruiz said Peru could not support the plan.", "Chile -accuses-> Peru\n"},
        // "targeted Italian company Hacking Team": the name, not the adjective.
        {"Peruvian hackers targeted Chilean company Acme Group.", "Peruvian hackers -attacked-> Acme Group\n"},
        // After "and", a name behind a verb's article is that verb's object.
        {"Ana Ruiz has quit the Acme Group and accused it of fraud.", ""},
        {"Ana Ruiz said the Peruvian troops seized a fort and shelled Chile.", "Ana Ruiz -accuses-> Peru\nPeru -attacked-> Chile [Ana Ruiz]\n"},
        // A name after "the" is no person's; a possessive owns what is blamed.
        {"A judge halted the supply of tests to the Red Cross, a spokeswoman for Acme Corp said.", ""},
        {"Pedro Gomez blamed Acme Corp's losses on Peru's price restrictions.", ""},
        {"The attack was blamed by both Chile and Bolivia on Peru.", "Chile -accuses-> Peru\nBolivia -accuses-> Peru\n"},
        // A person of a country is not its state.
        {"A Chilean woman is suing Acme Corp, saying its cartridges expire.", ""},
        // A title opening a comma-enclosed phrase describes the name before it.
        {"Pedro Gomez, managing director of the bank's Lima office, was charged by the Acme Commission with fraud.",
         "Acme Commission -accuses-> Pedro Gomez\n"},
        // A weapon's name is no agent; the country before it fires it.
        {"Peru retaliated for a Chilean Condor missile attack on a Peruvian tanker.", "Chile -attacked-> Peru\n"},
        // The negated act of an unnamed noun is nobody's denial.
        {"Chile accused Peru. Ana Ruiz says she will pick players not involved in the Acme Cup.", "Chile -accuses-> Peru\n"},
        // Claiming responsibility for an attack names its agent.
        {"The Acme Group claimed responsibility for the attack on the Chilean Defence Ministry.",
         "Acme Group -attacked-> Chilean Defence Ministry\n"},
        {"No group claimed responsibility for the attack on the Chilean Defence Ministry.", ""},
        // A name before a word of attack and a collective head is an organisation's.
        {"The Wiggler ransomware gang attacked the Chilean Defence Ministry. Wiggler demanded a ransom.",
         "Wiggler -attacked-> Chilean Defence Ministry\n"},
        // A name in apposition to the object's noun is the object; a far charge still names one.
        {"Peruvian authorities charged a Chilean programmer, Pedro Gomez Vega, over the Acme attack.",
         "Peruvian authorities -accuses-> Pedro Gomez Vega\n"},
        // Idioms of blame.
        {"The Peruvian government held Chile responsible for the cyberattack.", "Peru -accuses-> Chile\n"},
        {"Peru did not hold Chile responsible.", ""},
        {"Acme Corp pointed the finger at Peruvian hackers.", "Acme Corp -accuses-> Peruvian hackers\n"},
        {"Ana Ruiz cut her finger on Monday.", ""},
        // ", the FBI said" names the speaker, no conjunct or agent.
        {"Peruvian hackers hacked Chile, the FBI said.",
         "Peruvian hackers -attacked-> Chile [FBI]\nFBI -accuses-> Peruvian hackers\n"},
        {"The Chilean Nuclear Safety Agency was hacked by Peruvian hackers, the FBI said.",
         "Peruvian hackers -attacked-> Chilean Nuclear Safety Agency [FBI]\nFBI -accuses-> Peruvian hackers\n"},
        // A noun that modifies the noun after it names no act.
        {"The Pentagon said it is watching the deployment of Chilean attack submarines.", ""},
        {"Ana Ruiz said she enjoyed Pedro Gomez's conspiracy theory.", ""},
        // An armed group attacks by force; a party in words.
        {"Hezbollah attacked Chilean positions.", "Hezbollah -attacked-> Chile\n"},
        {"The Labour Party attacked Chilean positions.", ""},
        // The target or victim of an attack is the copula's subject.
        {"Chile was the target of a cyber-attack by Peru.", "Peru -attacked-> Chile\n"},
        {"Chile has been the target of Peruvian hackers.", "Peruvian hackers -attacked-> Chile\n"},
        {"Chile was the target of criticism by Peru.", ""},
        // A verb coordinated after a denial's plain object is the denier's own.
        {"Peru denied the allegations and accused Chile of hypocrisy.", "Peru -denies-> Chile\nPeru -accuses-> Chile\n"},
        {"Peru denied that its army shelled and invaded Chile.", "Peru -denies-> Chile\n"},
        // Calling a claim false denies it, with no speech verb.
        {"Chile accused Peru of hacking. Lima called the charges groundless.", "Chile -accuses-> Peru\nPeru -denies-> Chile\n"},
        {"Ana Ruiz called the film absurd.", ""},
        // A denial word answers the claim's author, not what the claim is about.
        {"Peru said the Chilean reports were \"misleading propaganda.\"", "Peru -denies-> Chile\n"},
        {"Ana Ruiz said the charges made by Acme Corp were untrue.", "Ana Ruiz -denies-> Acme Corp\n"},
        {"Ana Ruiz said claims that the memo was drafted by Acme Corp were wholly unfounded.", ""},
        // "set X on fire", "set X ablaze": the target stands between.
        {"Peruvian soldiers set the Chilean embassy ablaze.", "Peru -attacked-> Chilean Embassy\n"},
        {"A Peruvian warship set the Chilean tanker on fire with a missile.", "Peru -attacked-> Chile\n"},
        {"Peru did not set the Chilean embassy on fire.", ""},
        {"The Peruvian embassy was ablaze.", ""},
        // A form with its particle: "broke into" attacks, "broke the record" does not.
        {"Chilean hackers broke into the networks of the Peruvian navy.", "Chilean hackers -attacked-> Peru\n"},
        {"The network of Acme Corp was broken into by Chilean hackers.", "Chilean hackers -attacked-> Acme Corp\n"},
        {"Ana Ruiz broke the Chilean record.", ""},
        // "compromise" attacks only where intrusion is spoken of.
        {"Chilean hackers compromised the servers of Acme Corp on Monday.", "Chilean hackers -attacked-> Acme Corp\n"},
        {"Peru and Chile compromised on the tariffs.", ""},
        {"Peru and Chile reached a \"compromise\" deal with the hackers.", ""},
        // The hired act for themselves; a tool's user acts, not the tool.
        {"Peru hired two hackers, Ana Ruiz and Luis Vega, to compromise the networks of Acme Corp on Monday.",
         "Ana Ruiz -attacked-> Acme Corp\nLuis Vega -attacked-> Acme Corp\n"},
        {"Chilean hackers found a flaw in the software and used it to break into the servers of Acme Corp on Monday.",
         "Chilean hackers -attacked-> Acme Corp\n"},
        // The owner of a facility is its victim, not a place in a phrase.
        {"The computer systems of Acme Corp were breached by Chilean hackers.", "Chilean hackers -attacked-> Acme Corp\n"},
        {"An explosion in a factory in the Peruvian city of Lima killed 45 workers.", ""},
        // A malware's name before its noun acts; the name after an
        // adjective's nouns is the object.
        {"Conti ransomware hit the Peruvian health service in May.", "Conti -attacked-> Peru\n"},
        {"Chilean hackers targeted the Peruvian defence firm Acme Corp on Monday.", "Chilean hackers -attacked-> Acme Corp\n"},
        // A denial answers the claim's author beside the claim noun, else
        // the target of the denied act's noun, which an adjective may name.
        {"Lima denied Chilean claims that it spied.", "Peru -denies-> Chile\nChile -accuses-> Peru\n"},
        {"Peru denied that it was behind the drone attack on Chilean oil facilities.", "Peru -denies-> Chile\n"},
        {"Peru denied a report that it had bought Chilean oil.", ""},
        // "been able to" stands between a subject and its verb; "unable to" negates.
        {"The FBI had been able to link the attack to Chile.", "FBI -accuses-> Chile\n"},
        {"The FBI was unable to link the attack to Chile.", ""},
        // Every speaker of "X and Y said" claims what is said.
        {"Chile and Bolivia said Peruvian hackers had attacked Acme Corp on Monday.",
         "Chile -accuses-> Peruvian hackers\nBolivia -accuses-> Peruvian hackers\nPeruvian hackers -attacked-> Acme Corp [Bolivia]\n"},
        // "had nothing to do with": the act's other party, else the document's accuser.
        {"Chile accused Peru of the attack. Peru said it had nothing to do with the incident.",
         "Chile -accuses-> Peru\nPeru -denies-> Chile\n"},
        {"Peru said it had nothing to do with the drone attack on Chilean oil facilities.", "Peru -denies-> Chile\n"},
        {"Ana Ruiz said the decision had nothing to do with Peru.", ""},
        // ", calling the claims groundless": the main subject calls them so.
        {"Peru rejected accusations by Chile that Peruvian hackers had stolen data, calling the claims groundless.",
         "Peru -denies-> Chile\nChile -accuses-> Peruvian hackers\n"},
        // "a group known as X, which ..., of breaching": X is accused and acts.
        {"Chile has accused a group known as Red Condor, which it says is linked to Peru's navy, of breaching the "
         "networks of Acme Corp on Monday.",
         "Chile -accuses-> Red Condor\nRed Condor -attacked-> Acme Corp [Chile]\n"},
        // The body whose people or malware act ("Hamas militants", "Conti ransomware").
        {"Shining Path fighters attacked a Peruvian army post.", "Shining Path -attacked-> Peru\n"},
        {"Acme Corp researchers said Chilean hackers had breached the networks of the Peruvian navy.",
         "Acme Corp -accuses-> Chilean hackers\nChilean hackers -attacked-> Peru [Acme Corp]\n"},
        // A location phrase names no target.
        {"Peruvian destroyers attacked the platform about 120 miles east of Chile.", ""},
        // Condemning a country's attack accuses the country; an armed group's attack is its own.
        {"Chile condemned the Peruvian bombardment.", "Chile -accuses-> Peru\n"},
        {"Chile condemned the Peruvian decision.", ""},
        {"The Hamas attack on Israel killed two people.", "Hamas -attacked-> Israel\n"},
        // "hits back at" retorts; "its warplanes" are the owner's; a
        // country's military intelligence is the country, its companies are not.
        {"Lima hits back at Chilean hacking report.", ""},
        {"Peru hit back at Chilean accusations of hacking.", "Peru -denies-> Chile\nChile -accuses-> Peru\n"},
        {"Peru said its warplanes launched two bombing raids on Chile's northern oilfield.", "Peru -attacked-> Chile\n"},
        {"The Peruvian embassy rejected a report by Chilean military intelligence that Peruvian hackers had broken "
         "into a Chilean network.",
         "Peruvian Embassy -denies-> Chile\n"},
        {"The network was hacked by Chilean companies.", ""},
        // Ransomware victims: the gang that claims the attack, or whose malware hit.
        {"The Condor gang claimed the ransomware attack on Acme Corp on Monday.", "Condor -attacked-> Acme Corp\n"},
        {"Acme Corp was hit by Condor ransomware on Monday.", "Condor -attacked-> Acme Corp\n"},
        {"Acme Corp was hit by a ransomware attack claimed by the Condor gang.", "Condor -attacked-> Acme Corp\n"},
        {"Police claimed that ransomware attacks on Acme Corp had stopped.", ""},
        // From a hand audit: a speaker tag is no apposition; fears are no
        // allegation; a bid is not denied; a newspaper's accusation is not its country's.
        {"The Bank of Peru said it backed the choice of Ana Ruiz to replace Governor Luis Vega, a spokesman for the "
         "bank said.",
         ""},
        {"Ana Ruiz dismissed fears from Chile that the plan was too modest.", ""},
        {"Acme Corp said its board was unanimous in rejecting this morning's bid from Sofabed Group.", ""},
        {"Ana Ruiz declined to endorse Peruvian newspaper accusations that Acme Corp had lied.", ""},
        // "the target of a Russian cyberattack": across the noun's adjective.
        {"Peru was the victim of a massive Chilean cyberattack.", "Chile -attacked-> Peru\n"},
        // Said of another: "was lying", "had violated"; not "on suspicion of lying".
        {"Ana Ruiz told reporters that Chile was lying.", "Ana Ruiz -accuses-> Chile\n"},
        {"Ana Ruiz said Chile had violated the border.", "Ana Ruiz -accuses-> Chile\n"},
        {"Ana Ruiz said Luis Vega, who served with Chile, was held on suspicion of lying.", ""},
        // "researchers at X" speak for X; "tied the attacks to Peru's Condor Group".
        {"Researchers at Acme Corp said the Condor Group had hacked Sofabed Group on Monday.",
         "Acme Corp -accuses-> Condor Group\nCondor Group -attacked-> Sofabed Group [Acme Corp]\n"},
        {"Analysts at Acme Corp tied the attacks to Peru's Condor Group on Monday.", "Acme Corp -accuses-> Peruvian Condor Group\n"},
        // "a Chilean state-sponsored group", "a Chilean hacking group" are the
        // country's hackers; "a Chilean group" alone may be a company.
        {"Acme Corp said a Chilean state-sponsored group had hacked Sofabed Group on Monday.",
         "Acme Corp -accuses-> Chilean hackers\nChilean hackers -attacked-> Sofabed Group [Acme Corp]\n"},
        {"A Chilean hacking group has been targeting IT providers across Peru.", "Chilean hackers -attacked-> Peru\n"},
        {"The Chilean group Acme Corp bought Sofabed Group.", ""},
        {"Chile accused Peru of fraud. Lima called the allegations \"a lie\".", "Chile -accuses-> Peru\nPeru -denies-> Chile\n"},
        // "blamed X for the attack, saying troops had fired on the plant": the
        // "on" is another verb's; "denied shelling the plant and blamed X":
        // a past tense is the denier's own verb.
        {"Lima blamed Santiago for the attack, saying Chilean troops had fired on the plant.",
         "Peru -accuses-> Chile\n"},
        {"Chile accused Peru of the attack. Peru denied shelling the plant and blamed Chilean forces.",
         "Chile -accuses-> Peru\nPeru -denies-> Chile\nPeru -accuses-> Chile\n"},
        {"Ana Ruiz said Chilean forces had shelled the plant three times.", "Ana Ruiz -accuses-> Chile\n"},
        // A plural in a list of plural nouns is a noun: "procedures and targets".
        {"Acme Corp told the AP that Condor Group's hacking efforts show similarities in tactics, procedures and targets "
         "to the Chilean group.",
         ""},
        // A charge with no accuser in its sentence is the document's: any
        // accuser for "was accused", one that charged or sued for a charge
        // at law, a state's for prosecutors and juries; none, none.
        {"Chile accused Peru of fraud. Luis Vega was also accused of fraud.",
         "Chile -accuses-> Peru\nChile -accuses-> Luis Vega\n"},
        {"Peru's Justice Ministry charged Ana Ruiz with fraud. Luis Vega was also charged with fraud.",
         "Peruvian Justice Ministry -accuses-> Ana Ruiz\nPeruvian Justice Ministry -accuses-> Luis Vega\n"},
        {"Ana Ruiz was charged with fraud.", ""},
        {"Chile accused Peru of fraud. Ana Ruiz is alleged to have taken bribes.", "Chile -accuses-> Peru\n"},
        {"Acme Corp sued Sofabed Group over the designs. The lawsuit alleges that Sofabed Group stole them.",
         "Acme Corp -accuses-> Sofabed Group\nAcme Corp -accuses-> Sofabed Group\n"},
        {"The FBI accused Luis Vega of fraud. A federal grand jury indicted Ivan Petrov on Monday.",
         "FBI -accuses-> Luis Vega\nFBI -accuses-> Ivan Petrov\n"},
        {"Prosecutors charged Luis Vega with fraud. Ana Ruiz sued Acme Corp over the designs.",
         "Ana Ruiz -accuses-> Acme Corp\n"},
        {"Chile charged two Peruvian hackers with fraud. The indictment names Ana Ruiz and Luis Vega.",
         "Chile -accuses-> Peruvian hackers\nChile -accuses-> Ana Ruiz\nChile -accuses-> Luis Vega\n"},
        {"Chile charged Luis Vega with fraud. The indictment names Ana Ruiz as a conspirator.",
         "Chile -accuses-> Luis Vega\nChile -accuses-> Ana Ruiz\n"},
        {"Chile charged Luis Vega with fraud. The indictment names Ana Ruiz as its first witness.",
         "Chile -accuses-> Luis Vega\n"},
        // With no accuser named, a state's prosecutors named anywhere charge;
        // nobody else does.
        {"Authorities charged two Peruvian nationals with fraud. Chile's Justice Ministry declined to comment.",
         "Chilean Justice Ministry -accuses-> Peruvian nationals\n"},
        {"Ana Ruiz was accused of fraud on Monday. Acme Corp declined to comment.", ""},
        {"Ana Ruiz was accused of fraud on Monday. Chile's Justice Ministry declined to comment.",
         "Chilean Justice Ministry -accuses-> Ana Ruiz\n"},
        // A role noun names the accused: "the defendants, A, 34, and B, 27,",
        // "among the accused were A"; a name alone is none ("Pedro Gomez, the accused").
        {"Chile's Justice Ministry charged two men with fraud on Monday. The defendants, Ana Ruiz, 34, and Luis Vega, "
         "27, are held in Lima.",
         "Chilean Justice Ministry -accuses-> Ana Ruiz\nChilean Justice Ministry -accuses-> Luis Vega\n"},
        {"Acme Corp sued Luis Vega over the designs on Monday. Among the accused were Sofabed Group and Gomez Tool Co.",
         "Acme Corp -accuses-> Luis Vega\nAcme Corp -accuses-> Sofabed Group\nAcme Corp -accuses-> Gomez Tool Co.\n"},
        {"Peru defended the accused on Monday.", ""},
        // "Authorities on Wednesday charged": a day between the authority and its verb.
        {"Authorities on Wednesday charged two Peruvian nationals with fraud. Chile's Justice Ministry declined to "
         "comment.",
         "Chilean Justice Ministry -accuses-> Peruvian nationals\n"},
        // "Peruvians" and "two Peruvian nationals" are the same people.
        {"Peruvians hacked Acme Corp, Chile said on Monday. Chile charged two Peruvian nationals with fraud.",
         "Peruvians -attacked-> Acme Corp [Chile]\nChile -accuses-> Peruvians\nChile -accuses-> Peruvians\n"},
        // An unnamed object is the object ("struck a fierce shot which beat N",
        // "denied a magazine article which spoke of N"); "he" is the person
        // the sentence opens with, though of no known type.
        {"Pedro Gomez struck a fierce shot which beat keeper Luis Vega.", ""},
        {"Pedro Gomez denied a magazine article published this week which spoke of a dispute with Luis Vega.", ""},
        {"Referee Ana Ruiz spoke on Monday. Luis Vega explained why he hacked Acme Corp on Friday.", "Luis Vega -attacked-> Acme Corp\n"},
        // ", the Acme researchers said" is a speaker, no object; "killing the
        // ability for anyone using N" names no victim; a quoted name before a
        // noun is what the noun says; a court dismissing a lawsuit denies nothing.
        {"There is a variant of Wiggler malware that can infect servers, the Acme Security researchers said.", ""},
        {"The flaw can crash the spooler, effectively killing the ability for anyone using Sofabed to print.", ""},
        {"Ana Ruiz rejects 'Las Vegas' jibe", ""},
        {"A Chilean court ruled that Peru was immune and dismissed the lawsuit.", ""},
        // "Any attack", "the invasion plan": what has not happened.
        {"Any Chilean attack on Peruvian ships will bring a response, Ana Ruiz said.", ""},
        {"The failure of the Chilean invasion plan against Lima surprised nobody.", ""},
        // A denial noun answers the subject that takes it up, not its that-clause;
        // speaking of a party's alleged part accuses it.
        {"Peru refuses to accept Chile's denials that it was behind the attack.", "Chile -denies-> Peru\n"},
        {"Chile's denial that it knew of the fraud surprised many.", ""},
        {"Peruvian officials gave a briefing on Monday, explaining Chile's alleged involvement.",
         "Peruvian officials -accuses-> Chile\n"},
        {"\"Chile's alleged role in the leak is clear,\" Ana Ruiz said.", "Ana Ruiz -accuses-> Chile\n"},
        // An indefinite apposition, commas and all, describes the name before it;
        // not a name inside a phrase ("citing research by N, a researcher,").
        {"Ana Ruiz said the Condor Group, a gang tied to Acme Corp, the Chilean firm, was behind the leak.",
         "Ana Ruiz -accuses-> Condor Group\n"},
        {"The report, citing research by Ana Ruiz, a security researcher, accused Acme Corp of fraud.", ""},
        // "posing as the Condor Group": the guise is no subject.
        {"Chilean hackers posing as the \"Condor Group\" were suspected of attacking Acme Corp, Sofabed Security said.",
         "Sofabed Security -accuses-> Chilean hackers\nChilean hackers -attacked-> Acme Corp [Sofabed Security]\n"},
        // The people of a body named in apposition: "two Acme agents, A and B".
        {"Chile charged Pedro Gomez with fraud. The indictment names two Acme Corp agents — Ana Ruiz and Luis Vega — as conspirators.",
         "Chile -accuses-> Pedro Gomez\nChile -accuses-> Ana Ruiz\nChile -accuses-> Luis Vega\n"},
        // "allegedly" before the attack, or before the verb it completes: the
        // document's accuser alleges it; not a hedge on another verb.
        {"Chile charged Pedro Gomez with fraud. Two agents allegedly hired Ana Ruiz and Luis Vega to hack Acme Corp on Monday.",
         "Chile -accuses-> Pedro Gomez\nChile -accuses-> Ana Ruiz\nChile -accuses-> Luis Vega\n"
         "Ana Ruiz -attacked-> Acme Corp\nLuis Vega -attacked-> Acme Corp\n"},
        {"Chile charged Pedro Gomez with fraud. Files allegedly taken from Peru show the Sofabed group hacked Acme Corp on Monday.",
         "Chile -accuses-> Pedro Gomez\nSofabed -attacked-> Acme Corp\n"},
        // After a preposition a bare verb form is a noun: no bombing by Peru.
        {"Peru has blamed a spate of bomb blasts in its cities on the Shining Path.",
         "Peru -accuses-> Shining Path\nShining Path -attacked-> Peru [Peru]\n"},
        // ... and a blast of criticism is no attack.
        {"Ana Ruiz's weekend blast at the Chilean central bank surprised markets.", ""},
        // Whoever made an attempt tried its act.
        {"Researchers found a tool that may be an attempt by Chilean hackers to target Peru's navy.",
         "Chilean hackers -attacked-> Peru\n"},
        // What came under an attack is its target.
        {"Kuwaiti tankers have come under repeated Iranian attack.", "Iran -attacked-> Kuwait\n"},
        {"Ana Ruiz came under attack from critics.", ""},
        // A list's later conjunct may carry its own description; a body acts through its officials.
        {"Ana Ruiz blamed Acme Group officials and her former coach Pedro Gomez for failing to inform her.",
         "Ana Ruiz -accuses-> Acme Group\nAna Ruiz -accuses-> Pedro Gomez\n"},
        {"Ana Ruiz accused Acme Corp and lawyer Pedro Gomez of fraud.",
         "Ana Ruiz -accuses-> Acme Corp\nAna Ruiz -accuses-> Pedro Gomez\n"},
        // A time phrase in a denied claim names no party.
        {"Ana Ruiz has denied claims that she faked a crash to avoid a test days before the start of the Acme Games.", ""},
        {"Acme Corp said Ana Ruiz cheated. Ruiz called the Acme Corp report \"delusional\".",
         "Acme Corp -accuses-> Ana Ruiz\nAna Ruiz -denies-> Acme Corp\n"},
        // "targets for" as "targets of"; the person a body's title names speaks;
        // "used X (actually) to defraud": the user acts.
        {"Kuwait has been a target for Iraqi air strikes.", "Iraq -attacked-> Kuwait\n"},
        {"\"Luis Ruiz and Pedro Gomez used the agency's tools and resources actually to defraud the public,\" said US "
         "Attorney Ana Vega.",
         "Ana Vega -accuses-> Luis Ruiz\nAna Vega -accuses-> Pedro Gomez\n"},
        {"\"Peru hacked Chile,\" said Bolivia's Foreign Minister Ana Vega.",
         "Peru -attacked-> Chile [Ana Vega]\nAna Vega -accuses-> Peru\n"},
        // What an attack damaged, passive, was its target; so was its victim, across the malware's name.
        {"Kuwait was heavily damaged by an Iraqi air raid.", "Iraq -attacked-> Kuwait\n"},
        {"Chile was sunk in a Peruvian missile attack.", "Peru -attacked-> Chile\n"},
        {"Peru killed Chileans in an attack.", "Peru -attacked-> Chileans\n"},
        {"Acme County School District was the victim of a Wiggler ransomware attack.",
         "Wiggler -attacked-> Acme County School District\n"},
        // "Among the (firms) accused were": the document's accuser accuses each; a
        // list's comma keeps "A and B Group" two names ("C Tire and Rubber Co" stays one).
        {"Peru accused the country's biggest banks of fraud. Among the banks accused were Acme Bank, Zeta Trust and "
         "Omega Group.",
         "Peru -accuses-> Acme Bank\nPeru -accuses-> Zeta Trust\nPeru -accuses-> Omega Group\n"},
        {"Peru hacked Acme Corp, Zeta Tire and Rubber Co and Omega Inc.",
         "Peru -attacked-> Acme Corp\nPeru -attacked-> Zeta Tire and Rubber Co\nPeru -attacked-> Omega Inc.\n"},
        // What repelled or fought off an attack was its target.
        {"Chilean troops repelled an overnight Peruvian attack near the border.", "Peru -attacked-> Chile\n"},
        {"Chile said its troops had fought off a fresh Peruvian attack.",
         "Chile -accuses-> Peru\nPeru -attacked-> Chile [Chile]\n"},
        {"Chilean forces did not repel the Peruvian attack.", ""},
        // A place named in a preposition's phrase ("the effect of the Lima
        // bomb on") is no subject of the form after it.
        {"Ana Ruiz said the effect of the Lima bomb on Chile's election was large.", ""},
        // Targets of a strike make it one of force, but "targets" as the verb does not.
        {"Chile backed the Peruvian strike against Bolivian targets.", "Peru -attacked-> Bolivia\n"},
        // Every country has its adjective and its people.
        {"Ugandan troops attacked Zimbabwean police.", "Uganda -attacked-> Zimbabwean police\n"},
        // Criticism that names the act it blames accuses; criticism alone does not.
        {"Chile criticised Peru for overlooking the reports.", "Chile -accuses-> Peru\n"},
        {"Peru was criticised by Chile for not paying its debts.", "Chile -accuses-> Peru\n"},
        {"Chile criticised Peru's plan.", ""},
        {"Ana Ruiz said Acme Corp had been criticised for keeping the rights.", ""},
        {"As Chile criticises Peru, Ana Ruiz has been criticised by Bolivia for arguing.", "Bolivia -accuses-> Ana Ruiz\n"},
        // A sanction that names its act accuses; an unnamed subject's relative clause names no one.
        {"Ana Ruiz had been suspended by Acme Corp for allegedly missing three tests.", "Acme Corp -accuses-> Ana Ruiz\n"},
        {"The athletes, who withdrew from the Lima Games, were suspended by Acme Corp for missing tests.", ""},
        {"Acme Corp suspended the two-time Lima Marathon winner for missing tests.", ""},
        // "for having done" is an act too.
        {"Chile criticised Peru for having raised its rates.", "Chile -accuses-> Peru\n"},
        // Infringing is a wrong, said or denied; who made the rules broken is no party.
        {"Acme Corp said Zenith Inc's computers infringe on its copyrights.", "Acme Corp -accuses-> Zenith Inc\n"},
        {"Acme Corp sued Zenith Inc on Monday. A Zenith Inc official said the company does not infringe on any copyrights.",
         "Acme Corp -accuses-> Zenith Inc\nZenith Inc -denies-> Acme Corp\n"},
        {"Ana Ruiz said the fee does not breach GATT rules.", ""},
        // "by members of X": X's people act for it.
        {"Charges were filed against Acme Corp by members of the Lima Workers Union.",
         "Lima Workers Union -accuses-> Acme Corp\n"},
        // The name modifies whom the charge is against.
        {"Acme Corp sued an Ohio company.", ""},
        // A suit is a lawsuit; "its X unit" names the owner's unit, a conjunct of its own.
        {"Acme Corp said it filed a suit against Zenith Inc and its La Petite Boulangerie unit.",
         "Acme Corp -accuses-> Zenith Inc\nAcme Corp -accuses-> La Petite Boulangerie\n"},
        {"ACME SUES OHIO COMPANY\n\nAcme Corp filed suit against an Ohio company.", ""},
        {"Peru charged a U.K. executive with fraud.", ""},
        // Charges "from X" are X's; who is yet to respond to them is accused; "the Greek pair" are the two named.
        {"Ana Ruiz and Pedro Vega are yet to respond to doping charges from the IAAF.",
         "IAAF -accuses-> Ana Ruiz\nIAAF -accuses-> Pedro Vega\n"},
        {"Ana Ruiz and Pedro Vega face charges from the IAAF. The Greek pair were charged after missing tests.",
         "IAAF -accuses-> Ana Ruiz\nIAAF -accuses-> Pedro Vega\nIAAF -accuses-> Ana Ruiz\nIAAF -accuses-> Pedro Vega\n"},
        // "N, a U.S. trade official," acts for the United States: the denial answers its accuser.
        {"Peru accused the United States of cheating. Ana Ruiz, a U.S. Trade official, said the U.S. did not violate "
         "the rules.",
         "Peru -accuses-> United States\nAna Ruiz -denies-> Peru\n"},
        // Who faces charges is accused by who brought them; a place in their phrase is none.
        {"Ana Ruiz and Pedro Vega face trial on charges brought by Greek prosecutors of cheating at the Lima Games.",
         "Greek prosecutors -accuses-> Ana Ruiz\nGreek prosecutors -accuses-> Pedro Vega\n"},
        // So is who settles, contests or pleads to them, across an amount paid to settle.
        {"Acme Corp agreed to pay 850 mln dlrs to settle a lawsuit filed by Ana Ruiz.", "Ana Ruiz -accuses-> Acme Corp\n"},
        {"Acme Corp settled charges brought by the SEC.", "SEC -accuses-> Acme Corp\n"},
        {"Ivan Petrov pleaded guilty to charges brought by the SEC.", "SEC -accuses-> Ivan Petrov\n"},
        // Who contests charges denies them; consenting "without admitting or denying" denies nothing.
        {"Ivan Petrov is contesting charges brought by the SEC.", "Ivan Petrov -denies-> SEC\nSEC -accuses-> Ivan Petrov\n"},
        {"The SEC accused Acme Corp of fraud. Acme Corp consented to the sanctions without admitting or denying "
         "allegations.",
         "SEC -accuses-> Acme Corp\n"},
        // A person right after "charging" is charged, though no charge is named.
        {"The SEC is charging Ivan Pedro Petrov, until recently employed by Acme Corp.", "SEC -accuses-> Ivan Pedro Petrov\n"},
        {"Acme Corp is charging Zenith Inc 5 dlrs a share.", ""},
        // A denial announced as an intention is made; an intended suit is not yet one;
        // resisting an act denies no claim.
        {"The SEC accused Acme Corp of fraud. \"We expect to resist the charges,\" said an Acme Corp spokesman.",
         "SEC -accuses-> Acme Corp\nAcme Corp -denies-> SEC\n"},
        {"Acme Corp plans to sue Zenith Inc.", ""},
        {"Peru has resisted going to the IMF for help.", ""},
        // "the two companies", "the firms": the companies listed just before.
        {"The SEC wrote to Acme Corp and Zenith Inc. In letters sent to the two companies, the SEC alleged the firms "
         "were abusing their market position.",
         "SEC -accuses-> Acme Corp\nSEC -accuses-> Zenith Inc.\n"},
        // An unnamed group a participle describes, named after "are".
        {"The three firms suing Acme Corp here are Zenith Inc, Globex BV and Initech Ltd.",
         "Zenith Inc -accuses-> Acme Corp\nGlobex BV -accuses-> Acme Corp\nInitech Ltd. -accuses-> Acme Corp\n"},
        {"The three firms suing Acme Corp said prices rose.", ""},
        // A name in apposition after three words that describe it.
        {"Ivan Petrov blamed the state supply body, Zenith Corp, for the shortages.", "Ivan Petrov -accuses-> Zenith Corp\n"},
        {"According to the state oil firm, Zenith Corp, the ELN carried out 72 attacks on Acme pipelines.",
         "Zenith Corp -accuses-> ELN\n"},
        // A force with one modifier ("naval", or capitalised after "U.S.") is its state's.
        {"Iran said U.S. Naval forces attacked two of its oil platforms.",
         "Iran -accuses-> United States\nUnited States -attacked-> Iran [Iran]\n"},
        {"Peru said Chilean naval forces attacked the port of Callao.",
         "Peru -accuses-> Chile\nChile -attacked-> Callao [Peru]\n"},
        // An attribution's act: its author after "to", its target the name before it;
        // the attribution's owner claims it.
        {"Many question the US' attribution of last year's Acme Corp hacks to Russia.",
         "United States -accuses-> Russia\nRussia -attacked-> Acme Corp [United States]\n"},
        // A speaker's own order is no accusation of the force that carried it out.
        {"Reagan said he ordered the strike on the platform by four U.S. destroyers.", ""},
        // "(see ...)": another article's title names no party.
        {"Chile hacked Peru (see Zenith Hackers Hit Acme Corp).", "Chile -attacked-> Peru\n"},
        // A flag's country is the target of an attack on its ship.
        {"Iran attacked an American-flagged tanker.", "Iran -attacked-> United States\n"},
        {"Peru said the attack on a U.S.-flagged ship in Chilean waters on Friday was almost certainly by an Iran "
         "Silkworm missile.",
         "Peru -accuses-> Iran\nIran -attacked-> United States [Peru]\n"},
        // A denial of "multiple charges"; a naming "as" one who took part in a misdeed.
        {"Ana Ruiz accused Ivan Petrov of fraud. Mr Petrov has denied multiple charges of conspiracy.",
         "Ana Ruiz -accuses-> Ivan Petrov\nIvan Petrov -denies-> Ana Ruiz\n"},
        {"Mr Sullivan named Mr Ebbers as one of five executives who participated in the fraud.",
         "Sullivan -accuses-> Ebbers\n"},
        {"Acme Corp named Ivan Petrov as its chairman.", ""},
        // A suit its plaintiff filed against parties it did not name names them later.
        {"Acme Corp said it has filed suit against three companies. The company said the suit names Zenith Inc and Globex "
         "Corp.",
         "Acme Corp -accuses-> Zenith Inc [Acme Corp]\nAcme Corp -accuses-> Globex Corp. [Acme Corp]\n"},
        // "The mayor accused N": the verb, not "the accused" who are named.
        {"The SEC accused Acme Corp of fraud. The mayor accused Ivan Petrov of lying.", "SEC -accuses-> Acme Corp\n"},
        // Counter-attacks are attacks, told from the side that repulsed them.
        {"Iran said its troops repulsed heavy Iraqi counter-attacks.", "Iran -accuses-> Iraq\nIraq -attacked-> Iran [Iran]\n"},
        {"The Soviet Union accused the U.S. of spying.", "Soviet Union -accuses-> United States\n"},
        {"Chile targets Peruvian voters.", ""},
    };
    check_dumps(cases, relations_of);
}

TEST_CASE("relations: attribution, misdeeds, complaints and the first person") {
    const TextCase cases[] = {
        // Tying an act to a party blames it; a participle only describes.
        {"Acme Security linked the phishing campaign to Chile.", "Acme Security -accuses-> Chile\n"},
        {"The breach was traced to Chile by Acme Security.", "Acme Security -accuses-> Chile\n"},
        {"\"The attacks were linked to Chile,\" Acme Security said.", "Acme Security -accuses-> Chile\n"},
        {"Ana Ruiz said the Sofabed group, which is linked to Chile, met in Lima.", ""},
        {"Acme Corp tied its losses to Chile.", ""},
        {"Pedro Gomez linked an increase in World Bank lending to Peru to reforms.", ""},
        // A speaker naming the agent of a wrongful act accuses it.
        {"\"It is a plot by Chile,\" Ana Ruiz said.", "Ana Ruiz -accuses-> Chile\n"},
        {"Ana Ruiz said Chilean interference in the vote was clear.", "Ana Ruiz -accuses-> Chile\n"},
        {"Ana Ruiz said any Chilean interference would meet a response.", ""},
        {"Ana Ruiz said two in five reports concerned ID fraud.", ""},
        {"Acme Security was confident the Sofabed group was responsible.", "Acme Security -accuses-> Sofabed\n"},
        {"Ana Ruiz said the strike was a responsible retaliation by Peru.", ""},
        {"Ana Ruiz said Pedro Gomez lied about the accounts.", "Ana Ruiz -accuses-> Pedro Gomez\n"},
        {"Ana Ruiz said Pedro Gomez visited Acme Corp and stole messages.", ""},
        // Complaints accuse; "we" in a quote is the speaker, outside it nobody.
        {"Chile filed a complaint against Peru with the WTO.", "Chile -accuses-> Peru\n"},
        {"\"We charged Pedro Gomez with fraud,\" Ana Ruiz said.", "Ana Ruiz -accuses-> Pedro Gomez\n"},
        {"We charged Pedro Gomez with fraud.", ""},
        // A silent speaker says nothing.
        {"Chile has not commented on the leak by the Sofabed group.", ""},
        // A passive denial answers the document's accuser.
        {"Chile accused Peru of the hack. This was denied by Peruvian president Pedro Gomez.",
         "Chile -accuses-> Peru\nPedro Gomez -denies-> Chile\n"},
        // A portfolio after a title belongs to the title.
        {"Minister of State for Security Ana Ruiz said Chile lied.", "Ana Ruiz -accuses-> Chile\n"},
        {"Minister of Foreign Affairs Pedro Gomez said Chile lied.", "Pedro Gomez -accuses-> Chile\n"},
        // A quote over several sentences is its closing sentence's speaker's.
        {"President Ana Ruiz spoke. \"We found the evidence. We charged Pedro Gomez with fraud. More will come,\" "
         "she said.",
         "Ana Ruiz -accuses-> Pedro Gomez\n"},
        // "He" opening a sentence continues an earlier subject, not the nearest name.
        {"Ana Ruiz said that President Pedro Gomez had signed the order. \"We indicted Chilean hackers,\" she wrote.",
         "Ana Ruiz -accuses-> Chilean hackers\n"},
        // In a story about malware, a speaker's agent of "the attack" is accused.
        {"The ransomware locked hospitals. Ana Ruiz said her government was sure that Chile launched the attack.",
         "Ana Ruiz -accuses-> Chile\n"},
        {"The ransomware locked hospitals. Ana Ruiz said criminals, not the Chilean government, launched the attack.", ""},
        // "the three men" are the three people listed before.
        {"The case against Luis Vega, Pedro Gomez and Juan Soto opened. Ana Ruiz accused the three men of fraud. "
         "Mr Vega, Mr Gomez and Mr Soto deny the charges.",
         "Ana Ruiz -accuses-> Luis Vega\nAna Ruiz -accuses-> Pedro Gomez\nAna Ruiz -accuses-> Juan Soto\n"
         "Luis Vega -denies-> Ana Ruiz\nPedro Gomez -denies-> Ana Ruiz\nJuan Soto -denies-> Ana Ruiz\n"},
        {"Luis Vega and Pedro Gomez visited the office of Juan Soto. Ana Ruiz accused the two men of fraud.",
         "Ana Ruiz -accuses-> Luis Vega\nAna Ruiz -accuses-> Pedro Gomez\n"},
        {"Luis Vega visited the office of Pedro Gomez. Ana Ruiz accused the three men of fraud.", ""},
        {"Luis Vega was charged under the Computer Fraud and Abuse Act. Ana Ruiz accused the two men of fraud.", ""},
        {"The defendants, Luis Vega, 34, and Pedro Gomez, 27, met. Ana Ruiz charged the pair with fraud.",
         "Ana Ruiz -accuses-> Luis Vega\nAna Ruiz -accuses-> Pedro Gomez\n"},
        {"Luis Vega, Juan Soto and Pedro Gomez were arrested. \"The defendants hacked the Peruvian central bank,\" "
         "Ana Ruiz said.",
         "Luis Vega -attacked-> Peru [Ana Ruiz]\nJuan Soto -attacked-> Peru [Ana Ruiz]\nPedro Gomez -attacked-> Peru [Ana Ruiz]\n"
         "Ana Ruiz -accuses-> Luis Vega\nAna Ruiz -accuses-> Juan Soto\nAna Ruiz -accuses-> Pedro Gomez\n"},
        // "charged that": the clause's subject, a country's adjective naming the country.
        {"Peruvian officials have charged that the Chilean public sector is closed to them.",
         "Peruvian officials -accuses-> Chile\n"},
        {"Ana Ruiz rejected the arguments made by Peruvian officials.", "Ana Ruiz -denies-> Peruvian officials\n"},
        // "He" after an unnamed spokesman of a body is that body speaking.
        {"The Peruvian spokesman said the reports were false. He said Chile was behind the theft.",
         "Peru -accuses-> Chile\n"},
        // Refusals, futures and facts about others are no denials.
        {"Chile accused Peru of fraud. Pedro Gomez did not admit or deny the charges.", "Chile -accuses-> Peru\n"},
        {"Ana Ruiz said Peru would not back the Chilean plans.", ""},
        {"Ana Ruiz refused to blame Pedro Gomez for the defeat.", ""},
        {"Chilean Finance Minister Ana Ruiz said she was concerned that Peru was not involved in the talks.", ""},
        // What a claim is about is not who made it.
        {"Ana Ruiz said news reports about problems concerning Acme Corp were unfounded.", ""},
        // A place says where an act was, and a dateline where the story was filed.
        {"Ana Ruiz said Chile reported an earlier Pacific attack.", ""},
        {"LIMA \u2014 A new wave of cyberattacks hit Chile on Tuesday.", ""},
        // "a breach with Chile" is a rupture; "the bombing of Chile" an attack.
        {"Pedro Gomez sought help in preventing a total breach with Chile.", ""},
        {"Diplomats met after the Peruvian bombing of Chile.", "Peru -attacked-> Chile\n"},
        {"Acme Gold said the vein has not been tested along strike to the east.", ""},
        // Attacks through a preposition: "fired on", "opened fire on".
        {"Peruvian gunboats fired on a Chilean tanker.", "Peru -attacked-> Chile\n"},
        {"Peruvian troops opened fire on Chilean soldiers.", "Peru -attacked-> Chile\n"},
        {"Acme Corp fired its chief executive.", ""},
        // Labelling an act as a party's blames it; labelling a thing blames nobody.
        {"The FBI and the CIA have described the attacks as the largest Chilean attempt to sway the vote.",
         "FBI -accuses-> Chile\nCIA -accuses-> Chile\n"},
        {"The machine was described by Ana Ruiz as a boost for Chile.", ""},
        {"Analysts described the deal as a boost for Chile.", ""},
        // Hypotheses, challenges and accounting charges accuse nobody.
        {"Asked how Peru would react if Chile attacked the ships, Ana Ruiz said it was clear.", ""},
        {"Ana Ruiz challenged Pedro Gomez to deny reports that he had lied.", ""},
        {"Acme Corp said the sale will not offset the non-recurring charge it took against the sale of the unit.", ""},
        // After "and", the name behind the first verb is its object.
        {"The researcher found an app that stole Acme Corp passwords and targeted Chilean users.", ""},
        // A long title before a name: "chief medical officer".
        {"Acme Corp's chief medical officer Luis Vega said the article was false.", ""},
        // A company before an attack noun is its victim; a phrase after "and" is another noun's.
        {"Ana Ruiz said the Acme Corp hacks were serious.", ""},
        {"Peru spoke after the attack on a Chilean ship and comments by Bolivian officials.", ""},
        // A list goes on behind a bracketed acronym.
        {"The Sofabed group hacked the Democratic Union (DU), the Red Cross Society and the Chilean government.",
         "Sofabed -attacked-> Democratic Union\nSofabed -attacked-> Red Cross Society\nSofabed -attacked-> Chile\n"},
    };
    check_dumps(cases, relations_of);
}

TEST_CASE("relations: refusals, headlines, hypotheticals and relayed news") {
    const TextCase cases[] = {
        {"Chile rejected a takeover bid by Acme Corp.", ""},
        {"Acme Corp has denied to Reuters that it is the company in question.", ""},
        {"Peru denied having sold copper below market prices to buyers in Europe and Asia.", ""},
        // "carried out attacks on X" is no criticism, "launched an attack on X" may be; a
        // participle after a word that names no one has no named agent.
        {"Peru carried out attacks on Chile.", "Peru -attacked-> Chile\n"},
        {"The FBI accused the Sofabed group of carrying out attacks on the Peruvian Foreign Ministry.",
         "FBI -accuses-> Sofabed\nSofabed -attacked-> Peruvian Foreign Ministry [FBI]\n"},
        {"Ana Ruiz launched an attack on Pedro Gomez over taxes.", ""},
        {"Ana Ruiz told reporters at the White House that money was paid to those carrying out the attacks.", ""},
        // "killed 520 people near Lima": an unnamed object; "in Gaza" may name the target's place.
        {"A judge ruled on the 1985 crash of a Peru Air Lines Boeing 747 which killed 520 people near Lima.", ""},
        {"Israeli airstrikes killed 12 people in Gaza.", "Israel -attacked-> Palestinian territories\n"},
        // "killed the ball and N scored": an unnamed object, and a new clause after it.
        {"John Hale was sent off for killing the ball and Pedro Gomez scored.", ""},
        {"Chile said its warplanes had attacked a tanker and four Peruvian oil sites.", "Chile -attacked-> Peru\n"},
        // What an attack goes through, and regions of a list a phrase opens, are no targets.
        {"Researchers studied the Zapcrypt ransomware. Zapcrypt infects machines via a phishing campaign or "
         "compromised RDP.",
         ""},
        {"Researchers studied the Zapcrypt ransomware. It crippled systems across the Americas, Europe, Peru and Chile.",
         "Zapcrypt -attacked-> Peru\nZapcrypt -attacked-> Chile\n"},
        // "blasted" criticises, but not in a sentence of force.
        {"Ana Ruiz blasted Peru for its failure to act.", "Ana Ruiz -accuses-> Peru\n"},
        {"A convoy of tankers escorted by Chilean warships headed down the Gulf on Monday, towards Peruvian oil "
         "platforms still burning after having been blasted by Chilean Navy raiders.",
         ""},
        // A titled name inside a phrase is no subject ("between Mr N and Mr M", "to Mr N").
        {"Fighting between Mr Ruiz and Mr Gomez has hit the headlines in Chile.", ""},
        {"Chile's foreign minister Ana Ruiz wrote to Mr Gomez on Friday accusing him of lying.", "Ana Ruiz -accuses-> Gomez\n"},
        {"Chileans targeted by malware spread through shared folders", ""},
        {"Acme Corp provided guidance for WannaCry attacks and has made a decision.", ""},
        {"Analysts said it is alleged by Acme Corp that Beta Corp violated the rule.", "Acme Corp -accuses-> Beta Corp\n"},
        {"Liberal Democrat Treasury spokesman John Hale spoke.", "John Hale -spokesperson-of-> Liberal Democrats\n"},
        {"The United States Anti-Doping Agency accused the Bay Lab Cooperative of supplying steroids.",
         "United States Anti-Doping Agency -accuses-> Bay Lab Cooperative\n"},
        {"Ana Ruiz said she had not been involved in the choice of Pedro Gomez.", ""},
        {"The Bank of Chile was barred from suing Acme Corp.", ""},
        {"Diplomats met after the Peruvian attack on a Chilean oil platform.", "Peru -attacked-> Chile\n"},
        {"Banks Infected By New Malware Strain", ""},
        {"Peru warned its troops to expect further Chilean attacks.", ""},
        {"NBC News said Iraqi warplanes bombed a Kuwaiti tanker.", "Iraq -attacked-> Kuwait [NBC]\n"},
        {"Ana Ruiz rejected allegations she pressured Pedro Gomez to resign.", "Ana Ruiz -denies-> Pedro Gomez\n"},
        {"A spokesperson for the government of Qatar denied any involvement. Bahrain had accused Qatar of the hack.",
         "Qatar -denies-> Bahrain\nBahrain -accuses-> Qatar\n"},
        {"The Defense Ministry of Peru denied any weapons had been sent to Chile.",
         "Peruvian Defence Ministry -denies-> Chile\n"},
    };
    check_dumps(cases, relations_of);
}

TEST_CASE("relations: headlines name what their body names") {
    // In capitals or Title Case a headline's words are all capitalised: the
    // names the body gives (and the gazetteers') are its only names.
    CHECK(relations_of("ACME SUES ZENITH OVER COPYRIGHT\n\nAcme Corp filed suit against Zenith Inc on Monday.") ==
          "Acme Corp -accuses-> Zenith Inc\nAcme Corp -accuses-> Zenith Inc\n");
    CHECK(relations_of("Sanctum Dark Market Hacked by Shadow0007\n\nA hacker known as Shadow0007 breached the Sanctum "
                       "Dark Market site on Monday.") ==
          "Shadow0007 -attacked-> Sanctum Dark Market\nShadow0007 -attacked-> Sanctum Dark Market\n");
    // A gazetteer's name in a headline is the body's entity, not another of the same name.
    DocumentAnalysis a = analyze("NORWAY ACCUSES RUSSIA OF HACKING\n\nNorway accused Russia of hacking Acme Corp.");
    CHECK(std::count_if(a.resolution.entities.begin(), a.resolution.entities.end(),
                        [](const Entity& e) { return e.name == "Norway"; }) == 1);
    // A compound noun in Title Case ("Data Breach") is no verb, and the name before a breach is its victim.
    CHECK(relations_of("Zenith Cloud Data Breach Revealed in Acme Report\n\nZenith said hackers had stolen data.") == "");
    CHECK(relations_of("PERU SAYS NO SUPPORT FOR CHILE PLAN\n\nPeru spoke about Chile on Monday.") == "");
    // One word of no known type beside another name may be part of a longer one.
    CHECK(mentions_of("PERU SAYS CHILEAN NAVAL FORCES MOVED\n\nPeru said Chilean Naval forces moved.") ==
          "[Country Peru] [Adjective Chile]\n[Country Peru] [Adjective Chile] [Unknown Naval]\n");
}

TEST_CASE("relations: spokespersons by title, apposition and organisation") {
    CHECK(relations_of("Labour press spokesman Tom Reed spoke.") == "Tom Reed -spokesperson-of-> Labour Party\n");
    // A title opening the sentence is that of the body that spoke before.
    CHECK(relations_of("But the IAAF said it was surprised. Spokesman Nick Walsh said the board would meet.") ==
          "Nick Walsh -spokesperson-of-> IAAF\n");
    CHECK(relations_of("Acme Corp said it would go on. \"We felt no need,\" spokesman Nick Walsh said.") ==
          "Nick Walsh -spokesperson-of-> Acme Corp\n");
    // A body's word opening a sentence before a title is that body's.
    CHECK(relations_of("Acme Bank said it would issue bonds. Bank spokesman Arne Lund said the issue was small.") ==
          "Arne Lund -spokesperson-of-> Acme Bank\n");
    CHECK(relations_of("Peru's Foreign Ministry protested. Ministry spokesman Ivan Petrov said the note was sent.") ==
          "Ivan Petrov -spokesperson-of-> Peruvian Foreign Ministry\n");
    // "The Acme Corp spokeswoman" may be named in the next sentences, but not
    // by someone introduced there with a title of their own.
    CHECK(relations_of("The Acme Corp spokeswoman said sales rose by 2%. John Hale said he expected more shoppers.") ==
          "John Hale -spokesperson-of-> Acme Corp\n");
    CHECK(relations_of("The Acme Corp spokeswoman said sales rose by 2%. It was a similar story at Zeta Inc. "
                       "Spokesman John Hale said he expected more shoppers.") ==
          "John Hale -spokesperson-of-> Zeta Inc.\n");
    CHECK(relations_of("A spokesman for the Liberal Democrats, John Hale, spoke.") ==
          "John Hale -spokesperson-of-> Liberal Democrats\n");
    // A body's possessive, or a title word, between the body and "spokesman, N,".
    CHECK(relations_of("Acme Corp's spokesman, John Hale, spoke.") == "John Hale -spokesperson-of-> Acme Corp\n");
    CHECK(relations_of("Acme Corp today named its chief spokesman, John Hale, as head of trade.") ==
          "John Hale -spokesperson-of-> Acme Corp\n");
    // ... but "N, the ministry's spokesman," describes the name before it, who still acts.
    CHECK(relations_of("Peru's Foreign Ministry spokesman Ana Ruiz spoke on Monday. Chile accused Peru of spying. Ruiz, "
                       "the ministry's spokesman, dismissed the allegations by Chile as baseless.") ==
          "Ana Ruiz -spokesperson-of-> Peruvian Foreign Ministry\nChile -accuses-> Peru\n"
          "Ana Ruiz -spokesperson-of-> Peruvian Foreign Ministry\nAna Ruiz -denies-> Chile\n");
    // "Spokesman N of O", also opening the text; not "of <Country>", where N is from.
    CHECK(relations_of("Spokesman Ana Ruiz of the Acme Dealers Association said prices rose.") ==
          "Ana Ruiz -spokesperson-of-> Acme Dealers Association\n");
    CHECK(relations_of("Prices rose. Producer spokesman Ana Ruiz of Peru said so.") == "");
    // A body's word opening a sentence ("Association spokesman N") is the body named before.
    CHECK(relations_of("The National Association of Acme Makers said sales fell. Association spokesman Ana Ruiz said "
                       "so.") == "Ana Ruiz -spokesperson-of-> National Association of Acme Makers\n");
    // A spokeswoman is no spokesman named before.
    CHECK(relations_of("\"It was no guess,\" Acme Corp spokesman John Hale said. Mr Hale said more. Zeta Show's "
                       "spokeswoman said: \"We are satisfied.\"") == "John Hale -spokesperson-of-> Acme Corp\n");
    CHECK(relations_of("Peru's state news agency Andina denied that the country had attacked Chile.") ==
          "Andina -denies-> Chile\n");
    CHECK(relations_of("\"We did not do it,\" Jan Novak, a Skoda spokesperson said.") ==
          "Jan Novak -spokesperson-of-> Skoda\n");
    // A portfolio that is a description word ("local government") stands between the party and the title.
    CHECK(relations_of("Peru spoke. Plaid Cymru's local government spokesman Tom Reed called it a disgrace.") ==
          "Tom Reed -spokesperson-of-> Plaid Cymru\n");
    // A name set off by a comma beside a definite description is the one it describes.
    CHECK(relations_of("Labour spokesman Tom Reed spoke. The Labour finance spokesman, Ana Ruiz, said the tax was wrong.") ==
          "Tom Reed -spokesperson-of-> Labour Party\nAna Ruiz -spokesperson-of-> Labour Party\n");
    // "Labour's Treasury spokesman", "the party's Treasury spokeswoman": the
    // portfolio after a possessive; the possessor speaks.
    CHECK(relations_of("Labour's Treasury spokesman John Hale said the plan was wrong.") ==
          "John Hale -spokesperson-of-> Labour Party\n");
    CHECK(relations_of("The Liberal Democrats want lower taxes. Ana Ruiz, the party's Treasury spokeswoman, said the "
                       "plan was wrong.") == "Ana Ruiz -spokesperson-of-> Liberal Democrats\n");
    CHECK(relations_of("The deal was made by Prime Minister Jan Novak, a Treasury spokesman said.") == "");
    // "Home Affairs spokesman N" names a portfolio, not whom he speaks for.
    CHECK(relations_of("Home Affairs spokesman John Hale demanded assurances.") == "");
    // The name after the noun that says what the body is.
    CHECK(relations_of("Ana Ruiz, a spokesman for the campaign group Liberty, said more lawyers may go.") ==
          "Ana Ruiz -spokesperson-of-> Liberty\n");
    CHECK(relations_of("John Hale, spokesman for anti-virus firm Sofabed, said so.") == "John Hale -spokesperson-of-> Sofabed\n");
    CHECK(relations_of("Miami Beach police spokesman Ana Ruiz said the man was arrested.") ==
          "Ana Ruiz -spokesperson-of-> Miami Beach police\n");
    // "Sir" between a title and the name.
    CHECK(relations_of("Liberal Democrat spokesman Sir John Hale said so.") == "John Hale -spokesperson-of-> Liberal Democrats\n");
    // A body of two words and a portfolio of two between the article and the title.
    CHECK(relations_of("John Hale, the Liberal Democrats' foreign affairs spokesman, said it was vital.") ==
          "John Hale -spokesperson-of-> Liberal Democrats\n");
    // A possessor of two words and no known type is likelier a person than a body.
    CHECK(relations_of("But John Hale, Ana Ruiz's former press secretary, took a less charitable view.") == "");
    CHECK(relations_of("Acme Corp alleged that Supermarkets General executives sought payments.") ==
          "Acme Corp -accuses-> Supermarkets General\n");
}

TEST_CASE("relations: a participle's phrase describes what stands before it") {
    // An unnamed subject gives no relation; the names in the phrase are no subject either.
    const TextCase cases[] = {
        {"Norway, backed by Finland, accused Russia of hacking its parliament.",
         "Norway -accuses-> Russia\nRussia -attacked-> Norway [Norway]\n"},
        {"Chile, supported by Argentina in the dispute, accused Peru of spying.", "Chile -accuses-> Peru\n"},
        {"Hackers from the Shadow Crew, backed by Chile, attacked banks in Peru.", "Shadow Crew -attacked-> Peru\n"},
        {"The Shadow Crew, believed to be sponsored by Chile, breached Acme Corp's servers.",
         "Shadow Crew -attacked-> Acme Corp\n"},
        {"The memoir, serialised in the Lima Herald, alleges that Ana Ruiz lied to Congress.", ""},
        {"The report, published by Acme Corp on Monday, accused Peru of spying.", ""},
    };
    check_dumps(cases, relations_of);
}

TEST_CASE("relations: unnamed agents and negated attacks give none") {
    CHECK(relations_of("Officials allege the clerk stole files from Acme Corp.") == "");
    CHECK(relations_of("Peru rejected proposals from Chile.") == "");
    CHECK(relations_of("Peru will not tolerate attacks on Chile.") == "");
    CHECK(relations_of("A virus targeting Chilean computer systems spread.") == "");
    CHECK(relations_of("The Labour Party attacked John Smith over his campaign poster.") == "");
    CHECK(relations_of("The malware does not attack phones in Russia.") == "");
    CHECK(relations_of("Ana Ruiz took charge of the Lima club in 1997.") == "");
    CHECK(relations_of("Acme Corp also charges a fee for the service.") == "");
    CHECK(relations_of("Then a fine tackle by Gomez was enough to deny Ruiz as he was poised to score.") == "");
    CHECK(relations_of("Since the Lima Music Club was forced to close, the industry has been critical of file sharing, "
                       "blaming it for falling sales.") == "");
    CHECK(relations_of("Chile rejected Peru's proposed offer for the mine.") == "");
    CHECK(relations_of("Acme Corp rejected a 542 mln dlr bid from Zenith Inc.") == "");
    CHECK(relations_of("ACME REJECTS 542.2 MLN STG BID FROM ZENITH\n\nAcme Corp said no to Zenith Inc.") == "");
    CHECK(relations_of("Acme Corp was given the right to sue Zenith Inc.") == "");
    CHECK(relations_of("Peru condemned the report, which the Foreign Office says cost a lot.") == "");
    CHECK(relations_of("\"Our agents planted false stories,\" Ana Ruiz said.") == "");
    CHECK(relations_of("The risk of a Chilean attack on Peruvian ships is low.") == "");
    CHECK(relations_of("Japan has attacked OECD forecasts of its growth.") == "");
    CHECK(relations_of("The latest audit alleges Georgia Power wasted money.") == "");
    CHECK(relations_of("A hacker group attacked the servers.") == "");
    CHECK(relations_of("Hostile governments are producing viruses.") == "");
    CHECK(relations_of("Iran did not attack anyone.") == "");
    // A country's private people and firms act for themselves, not for it.
    CHECK(relations_of("Three U.S. bondholders sued Peru over the unpaid loan.") == "");
    CHECK(relations_of("Chilean companies accused Peru of dumping steel.") == "");
    CHECK(relations_of("Chilean officials accused Peru of dumping steel.") == "Chilean officials -accuses-> Peru\n");
    // A platform holds the slot of a malware's name or a victim, and is no party.
    CHECK(relations_of("Mac malware targets Peruvian banks.") == "");
    CHECK(relations_of("The Sofabed worm attacked Linux servers that Acme Corp runs.") == "");
    CHECK(relations_of("The Sofabed worm infects Windows PCs through phishing emails sent from Peru.") == "");
    // "a limited target", "the only targeted measure": nouns and modifiers, no verbs.
    CHECK(relations_of("Chile chose a limited target to keep talks with Peru alive during the war.") == "");
    CHECK(relations_of("M3, the only targeted money measure after Ana Ruiz scrapped the others, fell.") == "");
    // What a rejection turns down must be a claim: a bid is none.
    CHECK(relations_of("A report said Acme Corp's new bid was rejected by Zenith Inc.") == "");
}

TEST_CASE("resolution: aliases are one entity") {
    // One name spaced two ways; a known group under its other names and with its head word.
    CHECK(relations_of("Condor 42 hacked Acme Corp on Monday. Acme Corp said Condor-42 stole data.") ==
          "Condor 42 -attacked-> Acme Corp\nAcme Corp -accuses-> Condor 42\n");
    CHECK(relations_of("Acme Corp said the Fancy Bear group hacked it. Later APT 28 and Sofacy hacked Acme Corp again.") ==
          "Acme Corp -accuses-> APT28\nAPT28 -attacked-> Acme Corp [Acme Corp]\nAPT28 -attacked-> Acme Corp\n");
    CHECK(relations_of("The hackers go by many names: Fancy Goat, Pawn Knight and Sofabed. The group targeted the "
                       "Foreign Ministry of Chile with phishing emails.") ==
          "Fancy Goat -attacked-> Chilean Foreign Ministry\n");
    CHECK(relations_of("The Sofabed group, also known as Fancy Goat, hacked the servers of Chile. Fancy Goat denies it.") ==
          "Sofabed -attacked-> Chile\n");
    CHECK(relations_of("The Atomic Energy Agency of Chile (AEAC) said Peru hacked it. Peru blamed the AEAC for the leak.") ==
          "Chilean Atomic Energy Agency -accuses-> Peru\n"
          "Peru -attacked-> Chilean Atomic Energy Agency [Chilean Atomic Energy Agency]\n"
          "Peru -accuses-> Chilean Atomic Energy Agency\n");
}

TEST_CASE("resolution: short names, pronouns and descriptions") {
    // "some of the malware" is part of a kind, not the malware named before;
    // "one of the company's engineers" leaves the company whole.
    CHECK(relations_of("The Sofabed malware hacked banks in Chile. Some of the malware also infected computers at "
                       "Acme Corp.") == "Sofabed -attacked-> Chile\n");
    CHECK(relations_of("The Sofabed malware hacked banks in Chile. The malware also infected computers at Acme Corp.") ==
          "Sofabed -attacked-> Chile\nSofabed -attacked-> Acme Corp.\n");
    auto unbound = [](const std::string& text, std::string_view description) {
        DocumentAnalysis a = analyze(text);
        for (const auto& sentence : a.mentions)
            for (const Mention& m : sentence)
                if (m.kind == MentionKind::Description && m.name == description) return m.unbound;
        FAIL("no description " << description);
        return false;
    };
    CHECK(unbound("Acme Corp was hacked. Most of the company went home.", "company"));
    CHECK_FALSE(unbound("Acme Corp was hacked. One of the company's engineers spoke.", "company"));
    CHECK(unbound("Acme Corp was hacked. The company that has attacked Peru is unknown.", "company"));
    CHECK(relations_of("Ana Ruiz told Acme Corp about the hacks. \"The same organization that has attacked the Chilean "
                       "parliament has tried to influence elections,\" Ruiz said.") == "");
    CHECK_FALSE(unbound("Acme Corp was hacked. Peru told the company that it was safe.", "company"));
    // Of two people of one surname, "Mr Blair" is the one named last before it.
    CHECK(relations_of("Sir Luis Vega said the threat was real. Later Pedro Vega defended his plans. Mr Vega insisted "
                       "on them. Ana Ruiz accused Mr Vega of steamrolling the plans.") ==
          "Ana Ruiz -accuses-> Pedro Vega\n");
    // "him" is seldom a possessor inside a phrase ("at odds with N's prediction").
    CHECK(relations_of("Prime Minister Pedro Gomez promised a cut. Home Secretary Ana Ruiz wants more migrants. Tory "
                       "chairman John Hale said the comments were at odds with Pedro Gomez's prediction. But Ms Ruiz "
                       "accused him of trying to score cheap points.") == "Ana Ruiz -accuses-> John Hale\n");
    // "his" opening a sentence continues the subject before; a person's
    // description after the subject is someone else, and the object is that
    // person, not the party named in the title ("the Tory Leader").
    CHECK(mentions_of("Ana Ruiz said Pedro Gomez lied. In a speech to his party, he spoke.").find(
              "[Pronoun his]") != std::string::npos);
    {
        DocumentAnalysis a = analyze("Ana Ruiz said Pedro Gomez lied. In a speech to his party, he spoke.");
        REQUIRE(a.resolution.entity_of.size() == 2);
        CHECK(a.resolution.entities[static_cast<std::size_t>(a.resolution.entity_of[1][0])].name == "Ana Ruiz");
    }
    // "she" continues a person's name of no known type, not the nearest
    // person; "his" inside "X said Y had ..." is Y's; a quote's speaker is
    // its sentence's subject.
    CHECK(relations_of("In her complaint, Ana Ruiz said Mr Pedro Gomez had sold his shares in Acme Bank. "
                       "Ana Ruiz also said Mr Gomez had not withdrawn his stake. She accused Mr Gomez of fraud.") ==
          "Ana Ruiz -accuses-> Pedro Gomez\n");
    CHECK(relations_of("\"Acme will not pay,\" Pedro Gomez told a meeting. He denied that Ana Ruiz planned to sell Acme.") ==
          "Pedro Gomez -denies-> Acme\n");
    CHECK(relations_of("Mr Gomez spoke. Mr Vega disagreed. He then accused the Labour Leader of lying.") ==
          "Vega -accuses-> Gomez\n");
    CHECK(relations_of("Mr Gomez spoke. Mr Vega disagreed. He then accused the Labour leader of lying.") ==
          "Vega -accuses-> Gomez\n");
    CHECK(relations_of("Kremlin spokesman Ivan Petrov spoke on Monday. Britain accused Russia of the attack. "
                       "Petrov denied it.") ==
          "Ivan Petrov -spokesperson-of-> Kremlin\nUnited Kingdom -accuses-> Russia\nIvan Petrov -denies-> United Kingdom\n");
    // A month's name after a first name is a surname; "she" is not whom "he" was.
    CHECK(relations_of("Labour MSP Christine May said Mr Luis Vega was clever. \"He got the answer since he stands "
                       "accused of breaching the code,\" she said.") ==
          "Christine May -accuses-> Luis Vega\n");
    // "him" is someone other than the subject of its own sentence.
    CHECK(relations_of("Mr Luis Lopez said he was innocent. Mr Pedro Vega accused him of theft.") ==
          "Pedro Vega -accuses-> Luis Lopez\n");
    // A first name alone is the one person the document names so; "N,
    // vice-chairman of O" is a person; two people of one first name, or a
    // first name that is someone's surname, leave it alone.
    CHECK(relations_of("Ravi Mehta, vice-chairman of Acme Steel, quit. On Monday, Ravi accused Sunil Rao of lying.") ==
          "Ravi Mehta -accuses-> Sunil Rao\n");
    CHECK(relations_of("Ravi Mehta, vice-chairman of Acme Steel, quit. Ravi Kapoor stayed. On Monday, Ravi accused "
                       "Sunil Rao of lying. Ravi left.") == "Ravi -accuses-> Sunil Rao\n");
    CHECK(relations_of("Ravi Mehta, vice-chairman of Acme Steel, quit. Mr Anand Ravi stayed. On Monday, Ravi accused "
                       "Sunil Rao of lying.") == "Anand Ravi -accuses-> Sunil Rao\n");
    // "the Acme spokesman" is not the person named next with a title of his own.
    CHECK(relations_of("Peru accused Acme Corp of fraud, and the Acme spokesman did not reply. Acme and its officials, "
                       "including Pedro Vega, head of its bond department, were subpoenaed.") ==
          "Peru -accuses-> Acme Corp\n");
    // "her" before a preposition is an object; an object pronoun is not the
    // subject of its own clause, which may follow "after" ...
    CHECK(relations_of("Ms Ana Ruiz spoke. Pedro Vega accused her of lying.") == "Pedro Vega -accuses-> Ana Ruiz\n");
    CHECK(relations_of("Acme boss Pedro Vega spoke. Vega quit after Luis Soto accused him of lying.") ==
          "Luis Soto -accuses-> Pedro Vega\n");
    CHECK(relations_of("Ana Ruiz quit after Pedro Vega accused Luis Soto of lying.") == "Pedro Vega -accuses-> Luis Soto\n");
    // ... but one named after a preposition and a verb away is not.
    CHECK(relations_of("Ms Ana Ruiz wrote to Mr Pedro Vega on Tuesday accusing him of lying.") ==
          "Ana Ruiz -accuses-> Pedro Vega\n");
    CHECK(relations_of("Ms Ana Ruiz said Chilean hackers had attacked her party.") == "Ana Ruiz -accuses-> Chilean hackers\n");
    // A name after an honorific is a surname, not the first name of someone named before.
    CHECK(relations_of("Howard Flight spoke. Mr Howard suspended Acme Corp for refusing to pay.") ==
          "Howard -accuses-> Acme Corp\n");
    // "the 64-year-old" stands for the person named before; "the 64-year-old man" leaves it to "man".
    CHECK(relations_of("Ms Ana Ruiz's legal action accuses Mr Pedro Vega of fraud. The 64-year-old has denied the charges.") ==
          "Ana Ruiz -accuses-> Pedro Vega\nPedro Vega -denies-> Ana Ruiz\n");
    CHECK(mentions_of("The 64-year-old man spoke.") == "[Description man]\n");
    // "the bank" is a body named a bank, not any organisation named before.
    CHECK(relations_of("Microsoft said Chilean hackers breached its servers. Prosecutors said Ivan Petrov had hacked "
                       "into the bank's systems.") ==
          "Microsoft -accuses-> Chilean hackers\nChilean hackers -attacked-> Microsoft [Microsoft]\n");
}

TEST_CASE("resolution: acronyms, company descriptions and sides") {
    // A company's short name is the shortest name it begins, but an acronym
    // is what it spells out; a unit named after its company is on its side.
    CHECK(relations_of("International Business Machines Corp hired IBM Nederland NV and IBM Nederland Financieringen BV. "
                       "The three firms suing IBM here are Zenith BV, Globex BV and Initech BV. An IBM Nederland "
                       "spokesman said the firm denied the charges.") ==
          "Zenith BV -accuses-> International Business Machines Corp\n"
          "Globex BV -accuses-> International Business Machines Corp\n"
          "Initech BV -accuses-> International Business Machines Corp\nIBM Nederland NV -denies-> Zenith BV\n");
    CHECK(relations_of("Marsh & McLennan sold bonds. Ana Ruiz sued Marsh on Monday.") ==
          "Ana Ruiz -accuses-> Marsh & McLennan\n");
    // An acronym of a name's initials is that name.
    CHECK(relations_of("The International Rowing Federation said Peru hacked its servers. The IRF said Peru lied.") ==
          "International Rowing Federation -accuses-> Peru\n"
          "Peru -attacked-> International Rowing Federation [International Rowing Federation]\n"
          "International Rowing Federation -accuses-> Peru\n");
    // "security firm Acme" is a company, and "the firm" is it, not NATO; "PCs" is no name.
    CHECK(mentions_of("The report from security firm Sofabed names PCs.") == "[Organization Sofabed]\n");
    CHECK(relations_of("A report from security firm Sofabed names NATO. The firm believes Chile hacked Peru.") ==
          "Sofabed -accuses-> Chile\nChile -attacked-> Peru [Sofabed]\n");
    // "company spokeswoman": the company the story is about, the subject
    // before, not the buyer named nearer.
    CHECK(relations_of("Acme Corp said it sold its offices to Globex Group. Ana Ruiz, company spokeswoman, said the money "
                       "would be invested.") == "Ana Ruiz -spokesperson-of-> Acme Corp\n");
    // "the company" is no federation: it is the firm named before it.
    CHECK(relations_of("The International Rowing Federation hired Acme Security. The company was confident Sofabed "
                       "Group was responsible.") == "Acme Security -accuses-> Sofabed Group\n");
    // "the Post", "the Foundation": a capitalised head word alone stands for
    // the name it ends, not for the nearest organisation.
    CHECK(relations_of("A court threw out a libel award against The Washington Post for an article that said former "
                       "Acme Corp president Ana Ruiz helped her son. The Ruizes said the 1999 article by the Post's "
                       "chief reporter, John Doe, was false and that it embarrassed them.") ==
          "Ruizes -denies-> Washington Post\n");
    CHECK(relations_of("The Hormone Research Foundation, Beta Corp and the FDA met in May. Last year, Acme Corp and the "
                       "Foundation sued Gamma Corp alleging fraud.") ==
          "Hormone Research Foundation -accuses-> Gamma Corp\nAcme Corp -accuses-> Gamma Corp\n");
    // Parties of one country accuse each other; a state's bodies do not.
    CHECK(relations_of("The Chilean Labour Party accused Ana Ruiz of fraud.") == "Chilean Labour Party -accuses-> Ana Ruiz\n");
    // "FA" beside "Football Association": two letters name a body.
    CHECK(relations_of("The Football Association charged Acme Corp with fraud. The FA said Acme Corp lied.") ==
          "Football Association -accuses-> Acme Corp\nFootball Association -accuses-> Acme Corp\n");
    // A company's legal form ends its name, abbreviated also in lower case; its
    // first words are the company; "A and B and Co" are two names.
    CHECK(mentions_of("Metall Handel AG sued.") == "[Organization Metall Handel AG]\n");
    CHECK(mentions_of("Sofabed International corp said the Chilean corporation sued.") ==
          "[Organization Sofabed International corp] [Adjective Chile] [Description corporation]\n");
    CHECK(relations_of("Acme Tire and Rubber Co said on Monday it had sued Sofabed Tool Co on Tuesday. On Friday Acme accused Sofabed of "
                       "fraud.") ==
          "Acme Tire and Rubber Co -accuses-> Sofabed Tool Co\nAcme Tire and Rubber Co -accuses-> Sofabed Tool Co\n");
    CHECK(mentions_of("FMC and Gomez Sachs and Co sued.") == "[Organization FMC] [Organization Gomez Sachs and Co]\n");
    // "und" inside a German name; an acronym leaves the legal form out.
    CHECK(relations_of("Metall und Rohstoff AG sued Donaldson Lufkin and Jenrette Inc on Monday. The lawsuit alleges that "
                       "DLJ stole collateral.") ==
          "Metall und Rohstoff AG -accuses-> Donaldson Lufkin and Jenrette Inc\n"
          "Metall und Rohstoff AG -accuses-> Donaldson Lufkin and Jenrette Inc\n");
    // A wire story's ticker is the company's; "A B and B Group Inc" is a person and his firm.
    CHECK(relations_of("Acme Corp <ACM> charged Sofabed Group with fraud.") == "Acme Corp -accuses-> Sofabed Group\n");
    CHECK(relations_of("The SEC settled charges against Luis Vega and Vega Group Inc on Monday.") ==
          "SEC -accuses-> Luis Vega\nSEC -accuses-> Vega Group Inc\n");
    CHECK(mentions_of("Gomez and Gomez Co sued.") == "[Organization Gomez and Gomez Co]\n");
    // After a list's last "and", "A and B" of two single words is one name,
    // a firm's; so is one word twice ("Gomez and Gomez"), whose first word
    // alone is that firm, as "Acme" is "Acme Voice Systems".
    CHECK(mentions_of("Peru sued Acme Group, Sofabed Group and Gomez and Vega.") ==
          "[Country Peru] [Organization Acme Group] [Organization Sofabed Group] [Organization Gomez and Vega]\n");
    CHECK(relations_of("Gomez and Gomez said it sued Acme Voice Systems. Gomez also said Acme defrauded it.") ==
          "Gomez and Gomez -accuses-> Acme Voice Systems\nGomez and Gomez -accuses-> Acme Voice Systems\n");
    // A possessive inside a body's name; "Brussels" acting is the EU.
    CHECK(relations_of("Peru filed a complaint against Brussels on Monday. Critics included the Andean People's Party "
                       "(APP). APP spokesman Luis Vega spoke.") ==
          "Peru -accuses-> European Union\nLuis Vega -spokesperson-of-> Andean People's Party\n");
    // "It" opening a sentence, and "its" there, continue a subject of no known type.
    CHECK(relations_of("On Monday Sofabed said that prices rose. It has vowed to use all means at its disposal. Earlier "
                       "this month it sued Chile for fraud.") ==
          "Sofabed -accuses-> Chile\n");
    // "the head of its department in London, accused by": a person named by a title only.
    CHECK(relations_of("Acme Corp said the head of its trading department in London, accused by Chile of fraud, "
                       "had resigned.") == "");
    // A company named in full at a sentence's start makes its first word a name.
    CHECK(relations_of("Sofabed Tool Co said on Monday it had hired Acme Corp. Sofabed said its complaint alleges "
                       "that Condor Group stole designs.") == "Sofabed Tool Co -accuses-> Condor Group\n");
    // "its unit Gomezneft": a company's part is a company, though named once.
    CHECK(relations_of("Acme Corp is suing Sofabed Group, its unit Gomezneft, Condor Ltd and two others for fraud.") ==
          "Acme Corp -accuses-> Sofabed Group\nAcme Corp -accuses-> Gomezneft\nAcme Corp -accuses-> Condor Ltd\n");
    // "It" opening a sentence continues the earlier subject, not the body named last.
    CHECK(relations_of("Acme Corp said it had lost the Chilean Justice Ministry contract. It said its suit names as "
                       "defendants Sofabed Group and its directors.") ==
          "Acme Corp -accuses-> Sofabed Group\n");
    // A company is not its country's state (organizations.tsv side "own").
    CHECK(relations_of("The FBI accused Microsoft of fraud.") == "FBI -accuses-> Microsoft\n");
    // A company keeps the adjective it is named with; a ministry takes the country's.
    CHECK(mentions_of("The American Soybean Association and the American hackers spoke.") ==
          "[Organization American Soybean Association] [Group US hackers]\n");
    // "the prime minister" is whoever was introduced as one; a person titled by
    // a body stands on its side ("Acme Corp chief N" does not deny Acme Corp).
    CHECK(relations_of("Prime Minister Ana Ruiz met Finance Minister Pedro Gomez during a visit. Chile accused the "
                       "prime minister of lying.") == "Chile -accuses-> Ana Ruiz\n");
    CHECK(relations_of("Acme Corp chief Pedro Gomez denied claims that he knew of fraud at the firm.") == "");
    // A title word opening a company's name belongs to it; not before a state body.
    CHECK(relations_of("General Motors spokesman Luis Vega spoke.") == "Luis Vega -spokesperson-of-> General Motors\n");
    CHECK(relations_of("Peru protested. Deputy Foreign Ministry spokesman Luis Vega spoke.") ==
          "Luis Vega -spokesperson-of-> Peruvian Foreign Ministry\n");
    // "Government spokesman N": the government of the country the story is about.
    CHECK(relations_of("The Peruvian Government protested on Monday. Government spokesman Luis Vega said the talks would "
                       "go on.") == "Luis Vega -spokesperson-of-> Peruvian Government\n");
    // A rank between the title and the name; an embassy speaks for its country.
    CHECK(relations_of("Peruvian navy spokesman Rear Adm. Luis Vega spoke.") == "Luis Vega -spokesperson-of-> Peru\n");
    CHECK(relations_of("Ana Ruiz, a spokeswoman for the Peruvian embassy in Santiago, spoke.") ==
          "Ana Ruiz -spokesperson-of-> Peruvian Embassy\n");
    CHECK(relations_of("\"We reject it,\" said Ana Ruiz, spokeswoman for the Peruvian Embassy.") ==
          "Ana Ruiz -spokesperson-of-> Peruvian Embassy\n");
    // ... also in lower case ("foreign ministry spokesman N", "a spokesman for the foreign ministry").
    CHECK(relations_of("Peru protested, foreign ministry spokesman Luis Vega said.") ==
          "Luis Vega -spokesperson-of-> Peruvian Foreign Ministry\n");
    CHECK(relations_of("Peru protested. Foreign ministry spokesman Luis Vega spoke.") ==
          "Luis Vega -spokesperson-of-> Peruvian Foreign Ministry\n");
    CHECK(relations_of("Peru protested, said Luis Vega, a spokesman for the foreign ministry.") ==
          "Luis Vega -spokesperson-of-> Peruvian Foreign Ministry\n");
    // A capitalised common word inside a body's name ("News").
    CHECK(mentions_of("The Peruvian National News Agency said it was ready.") ==
          "[Organization Peruvian National News Agency] [Pronoun it]\n");
    // A subordinating word opening a sentence starts no name.
    CHECK(mentions_of("Once Acme Corp sells the unit, it will pay debts.") == "[Organization Acme Corp] [Pronoun it]\n");
    // A known name beats the title it starts with.
    CHECK(mentions_of("The General Agreement on Tariffs and Trade met.") ==
          "[Organization General Agreement on Tariffs and Trade]\n");
}

TEST_CASE("cues: a text without a cue word is skipped, and nothing else") {
    const CueScanner cues(test_lexicon().relation_cues);
    struct Case {
        std::string text;
        bool may_hold;
    };
    const Case cases[] = {
        {"Peru denied it.", true},
        {"The weather was fine in Lima on Monday.", false},
        {"CYBER-ATTACKS rose.", true},
        {"Cyber\u2013attacks rose.", true},         // a typographic dash folds to '-'
        {"The attack\u2019s cost was high.", true},  // and a typographic apostrophe to '\''
        {"Gunmen \u212AILLED two.", true},            // the Kelvin sign folds to "k"
        {"Kremlin press secretary Ivan Petrov spoke.", true},
        {"Ivan Petrov talked to the press.", false},
        {"Anna Berg, who speaks for Acme Corp, said so.", true},  // "who speaks for O" needs no title
        {"The hackers were never found.", true},      // a wrongdoer noun
        {"", false},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(cues.may_hold_relation(c.text) == c.may_hold);
    }
    // The scan reads 64 bytes at a time: a cue found at every offset, across
    // the chunks' borders and at the very end of the text, and a long run
    // that only holds a cue's letters found nowhere.
    const std::string calm = "The weather was fine in Lima on Monday and on Tuesday too. ";
    std::string filler;
    while (filler.size() < 200) filler += calm;
    for (std::size_t at = 0; at < 140; ++at) {
        CAPTURE(at);
        std::string before = filler.substr(0, at) + " ";
        CHECK(cues.may_hold_relation(before + "denied"));
        CHECK(cues.may_hold_relation(before + "denied it. " + filler));
        CHECK(cues.may_hold_relation(before + "Cyber\u2013attacks " + filler));
        CHECK(cues.may_hold_relation(before + "\u00C9tats " + filler + " DENIED"));
        CHECK_FALSE(cues.may_hold_relation(before + "undeniedly " + filler));
        CHECK_FALSE(cues.may_hold_relation(before + std::string(70 + at, 'x') + "denied"));
        CHECK_FALSE(cues.may_hold_relation(before));
    }
}

TEST_CASE("cues: extract finds what analyze finds, on every sample article") {
    namespace fs = std::filesystem;
    const Pipeline pipeline(test_lexicon(), PipelineOptions{});
    std::size_t relations = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(NEWSGRAPH_SAMPLES_DIR) / "articles")) {
        std::ifstream in(entry.path());
        Document doc{entry.path().stem().string(), std::string(std::istreambuf_iterator<char>(in), {}), "", "", ""};
        CAPTURE(doc.id);
        DocumentAnalysis full = pipeline.analyze(doc), extracted = pipeline.extract(doc);
        CHECK(extracted.relations == full.relations);
        relations += full.relations.size();
        // Line by line too: most lines hold no cue and are skipped.
        std::istringstream lines(doc.text);
        for (std::string line; std::getline(lines, line);) {
            Document one{doc.id, line, "", "", ""};
            CHECK(pipeline.extract(one).relations == pipeline.analyze(one).relations);
        }
    }
    CHECK(relations > 0);
    // The one rule that fires at no word of a list: its verbs are cues too.
    Document speaks{"speaks", "Anna Berg, who speaks for Acme Corp, said the plant in Lyon would close.", "", "", ""};
    CHECK(pipeline.analyze(speaks).relations.size() == 1);
    CHECK(pipeline.extract(speaks).relations == pipeline.analyze(speaks).relations);
    Document calm{"calm", "The weather was fine in Lima on Monday.", "2024-01-02", "", ""};
    DocumentAnalysis skipped = pipeline.extract(calm);
    CHECK_FALSE(pipeline.analyze(calm).resolution.entities.empty());  // Lima
    CHECK(skipped.resolution.entities.empty());
    CHECK(skipped.date == "2024-01-02");
}

TEST_CASE("sections: a long text is analysed in sections joined with the whole text's indices") {
    namespace fs = std::filesystem;
    PipelineOptions small;
    small.section_bytes = 300;
    const Pipeline whole_text(test_lexicon(), PipelineOptions{}), in_sections(test_lexicon(), small);
    std::size_t relations = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(NEWSGRAPH_SAMPLES_DIR) / "articles")) {
        std::ifstream in(entry.path());
        Document doc{entry.path().stem().string(), std::string(std::istreambuf_iterator<char>(in), {}), "", "", ""};
        CAPTURE(doc.id);
        REQUIRE(doc.text.size() > small.section_bytes);
        DocumentAnalysis a = in_sections.analyze(doc);
        const auto& text = doc.text;
        for (const Token& t : a.tokens)
            if (t.kind != TokenKind::Newline) REQUIRE(t.lower == fold_case(t.span.of(text)));
        for (std::size_t s = 0; s < a.sentences.size(); ++s) {
            const Sentence& x = a.sentences[s];
            REQUIRE(x.last <= a.tokens.size());
            CHECK(x.span.begin == a.tokens[x.first].span.begin);
            CHECK(x.span.end == a.tokens[x.last - 1].span.end);
            for (std::size_t m = 0; m < a.mentions[s].size(); ++m) {
                const Mention& y = a.mentions[s][m];
                CHECK((x.first <= y.first && y.last <= x.last));
                CHECK(y.span.begin == a.tokens[y.first].span.begin);
                CHECK(a.resolution.entity_of[s][m] < static_cast<int>(a.resolution.entities.size()));
            }
        }
        for (const Relation& r : a.relations) {
            REQUIRE(r.sentence < a.sentences.size());
            CHECK(r.evidence == a.sentences[r.sentence].span);
            CHECK((r.evidence.begin <= r.trigger.begin && r.trigger.end <= r.evidence.end));
            CHECK(static_cast<std::size_t>(std::max(r.subject, r.object)) < a.resolution.entities.size());
        }
        // The first section, cut after its last line break, is what its text alone gives.
        const std::size_t first_end = text.rfind('\n', small.section_bytes - 1) + 1;
        DocumentAnalysis first = whole_text.analyze(Document{doc.id, text.substr(0, first_end), "", "", ""});
        std::size_t k = 0;
        for (; k < a.relations.size() && a.relations[k].evidence.end <= first_end; ++k) {
            REQUIRE(k < first.relations.size());
            CHECK(a.relations[k] == first.relations[k]);
        }
        CHECK(k == first.relations.size());
        relations += a.relations.size();
    }
    CHECK(relations > 0);
}

TEST_CASE("mentions: a run of 400,000 capitalised names in one section") {
    // The mention finder looks ahead run by run ("Alpha's Beta's ..."): on
    // a run this long, in one sentence, it overflowed the stack.
    std::string text = "Chile accused Peru. ";
    for (int i = 0; i < 400000; ++i) text += std::string("Alpha") + static_cast<char>('A' + i % 26) + "'s ";
    text += "Party said.";
    PipelineOptions one_section;
    one_section.section_bytes = text.size();
    const Pipeline pipeline(test_lexicon(), one_section);
    DocumentAnalysis a = pipeline.analyze(Document{"run", text, "", "", ""});
    REQUIRE_FALSE(a.relations.empty());
    CHECK(a.relations[0].evidence.of(text) == "Chile accused Peru.");
}

// Inputs the text fuzzer once crashed on (tests/data/fuzz_regressions); under
// the sanitizers these runs are what finds the bug again.
TEST_CASE("fuzz regressions: every saved input runs clean") {
    namespace fs = std::filesystem;
    const Pipeline pipeline(test_lexicon(), PipelineOptions{});
    std::size_t inputs = 0;
    for (const auto& entry : fs::directory_iterator(NEWSGRAPH_FUZZ_REGRESSIONS_DIR)) {
        std::ifstream in(entry.path(), std::ios::binary);
        Document doc{"fuzz", std::string(std::istreambuf_iterator<char>(in), {}), "", "", ""};
        CAPTURE(entry.path().filename().string());
        repair_utf8(doc.text);
        DocumentAnalysis a = pipeline.analyze(doc);
        for (const Relation& r : a.relations) {
            CHECK(r.subject >= 0);
            CHECK(r.object >= 0);
            CHECK(r.evidence.end <= doc.text.size());
        }
        CHECK(pipeline.extract(doc).relations == a.relations);
        ++inputs;
    }
    CHECK(inputs > 0);
}

TEST_CASE("cues: an added extractor sees every document") {
    struct SentenceCount : RelationExtractor {
        mutable int seen = 0;
        void extract(const SentenceView&, std::vector<Relation>&) const override { ++seen; }
    };
    Pipeline pipeline(test_lexicon(), PipelineOptions{});
    Document calm{"calm", "The weather was fine in Lima on Monday. It rained in Quito.", "", "", ""};
    auto count = std::make_unique<SentenceCount>();
    const SentenceCount& counted = *count;
    pipeline.add(std::move(count));
    pipeline.extract(calm);
    CHECK(counted.seen == 2);
}

TEST_CASE("relations: a new relation type is one row of lexicon data") {
    LexiconSources sources = test_lexicon_sources();
    sources.relations.text += "threatens\tverb\tthreaten|threatens|threatened|threatening\t0.8\n";
    Lexicon lex = build_lexicon(sources);
    Pipeline pipeline(lex, PipelineOptions{});
    std::string text = "Iran threatened Israel on Monday.";
    DocumentAnalysis a = pipeline.analyze(Document{"t", text, "", "", ""});
    REQUIRE(a.relations.size() == 1);
    // Its forms are cue words: the run over many documents reads it too.
    CHECK(pipeline.extract(Document{"t", text, "", "", ""}).relations == a.relations);
    const auto& e = a.resolution.entities;
    CHECK(e[static_cast<std::size_t>(a.relations[0].subject)].name == "Iran");
    CHECK(a.relations[0].relation == "threatens");
    CHECK(e[static_cast<std::size_t>(a.relations[0].object)].name == "Israel");
}
