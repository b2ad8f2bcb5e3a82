// Stage: mentions of a document -> entities. Within one document: country
// forms and capitals to the country, short person names to the fullest one
// ("Ruiz" -> "Ana Maria Ruiz"), acronyms to what they abbreviate,
// a ministry named without its country to the country the document is about
// at that point, pronouns and descriptions ("he", "the ministry") to the
// nearest fitting entity before them.
//
//   Resolver resolver(lexicon, ResolveOptions{});
//   Resolution r = resolver.resolve(doc.text, mentions_per_sentence);
//   const Entity& e = r.entities[r.entity_of[s][m]];
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "mentions.h"

namespace newsgraph {

struct Entity {
    std::string name;  // canonical name
    EntityType type = EntityType::Unknown;
    int country = -1;                // the country it is or belongs to
    std::set<std::string, std::less<>> aliases;  // surface forms seen, the canonical name included
    int mentions = 0;
    bool own_side = false;           // of its country but not its state (a party, an armed group)
    bool armed = false;              // an armed group of organizations.tsv
    int affiliation = -1;            // a person's body, named with their title ("WorldCom chief N")
    bool operator==(const Entity&) const = default;
};

struct ResolveOptions {
    bool capitals_as_countries = true;  // "Tehran said" -> Iran (metonymy)
};

struct Resolution {
    std::vector<Entity> entities;
    std::vector<std::vector<int>> entity_of;  // [sentence][mention] -> entity index, or -1
    // [sentence][mention] -> every entity of a counted description ("the
    // three men": the three people listed before); empty for other mentions,
    // and for a sentence without such a description, empty per sentence.
    std::vector<std::vector<std::vector<int>>> members_of;
};

// Immutable and thread-safe; holds a reference to the lexicon.
class Resolver {
public:
    Resolver(const Lexicon& lexicon, ResolveOptions options) : lex_(lexicon), options_(options) {}

    Resolution resolve(std::string_view text, const std::vector<std::vector<Mention>>& mentions) const;

private:
    const Lexicon& lex_;
    ResolveOptions options_;
};

// One mention a line: "0 Ruiz -> Person Ana Maria Ruiz".
std::string dump_resolution(std::string_view text, const std::vector<std::vector<Mention>>& mentions,
                            const Resolution& resolution);

}  // namespace newsgraph
