abbreviation	mr.|mrs.|ms.|dr.|prof.|gen.|lt.|col.
sentence_opener	the|a|an|he|she|it|they|we
non_name	dubbed|called|named|known|nicknamed|ddos|tv|the
non_name_prefix	cve-|cwe-
preposition	of|in|on|at|to|from|with|against
auxiliary	stands|stood|is|are|was|were|be|been
speech_verb	said|says|say|saying|told|tells|tell|telling
hedge	may|might|could|allegedly|alleged|possibly|possible|reportedly
negation	not|never|no|n't|nothing|neither|nor|none
pronoun	he|him|his|himself	Person
description	spokesman|spokeswoman|spokesperson|diplomat|minister|official|president|premier	Person
state_body	ministry|department|agency|organization|organisation|office|bureau|council
media_word	news|newspaper|times|post|journal|tribune|herald|radio
state_force	government|administration|regime|troops|forces|soldiers|army|navy
group_noun	separatists|proxies|militias|executives|employees|staff|members|managers
malware_noun	worm|virus|malware|malicious|ransomware|trojan|spyware|botnet
naming_cue	known as|called|dubbed|named|nicknamed|so-called
org_head	ministry|department|agency|organization|organisation|office|bureau|service
legal_form	corp|corp.|corporation|inc|inc.|co|co.|ltd
agent_verb	issued|issues|issuing|released|filed|files|filing|published
literal_agent_verb	carried|carry|carrying|carries|conducted|conduct|conducting|conducts
irrealis	any|banned|barred|prevented|forbidden|event|expect|expects
figurative_attack	attack|attacks|attacked|attacking|hit|hits|target|targets
attack_context	malicious|exploit|exploits|exploited|vulnerability|vulnerabilities|flaw|flaws
stance_verb	tolerate|tolerates|accept|accepts|allow|allows|permit|permits
collective_head	movement|militia|group|party|rebels|faction|network|gang
affiliation	linked|tied|connected|backed|sponsored|supported|associated|affiliated
adverb	overnight|today|yesterday|tonight|down|up|out|off
claim_noun	involvement|wrongdoing|comment|comments|remark|insinuation|insinuations|responsibility
act_noun	activity|activities|campaign|campaigns|operation|operations|incident|incidents
person_noun	citizens|nationals|men|women|individuals|persons
proceeding	lawsuit|lawsuits|suit|suits|case|cases|appeal|appeals
legal_authority	prosecutors|prosecutor|authorities|jury|juries|indictment|indictments|complaint
body_classifier	firm|company|unit|subsidiary|affiliate|division|startup|start-up
prosecuting_body	justice|prosecutor|prosecutors|prosecutor's|prosecution|attorney|attorney's|attorneys
legal_charge	charge|charges|charged|charging|indict|indicts|indicted|indicting
facility_noun	parliament|ministry|ministries|agency|agencies|institutions|military|army
wrongdoer_noun	hackers|criminals|terrorists|terrorist|aggressor|aggressors|liar|liars
boilerplate_prefix	follow us|follow @|photographer:|photo:|photo credit|image copyright|image caption|getty images
boilerplate_contains	upgrade your browser|all rights reserved|subscribe now|sign up now|newsletter|terms of service|privacy policy|accept cookies
credit_marker	photographer:|photo:|photo credit:|image copyright|image caption:|(photo by|(reuters photo
date_marker	publish date:|published:|published on|date:|posted:|posted on|updated:
month	january|jan	1
USA	-	US|American|U.S.	Americans	Washington	US|U.S.|USA|U.S.A.|America|United States of America|the States
GBR	-	British|UK|U.K.	Britons	London	UK|U.K.|Britain|Great Britain
RUS	Russia	Russian	Russians	Moscow	Russia|Russian Federation
CHN	-	Chinese	-	Beijing	People's Republic of China|PRC|P.R.C.
IRN	-	Iranian	Iranians	Tehran	Islamic Republic|Islamic Republic of Iran|Persia
ISR	-	Israeli	Israelis	Tel Aviv|Jerusalem	State of Israel|Israeli regime|Zionist regime
PSE	Palestinian territories	Palestinian	Palestinians	Ramallah	Palestine|Palestinian Territories|Palestinian territories|Gaza|Gaza Strip|West Bank
PRK	-	North Korean	North Koreans	Pyongyang	DPRK|North Korea
KOR	-	South Korean	South Koreans	Seoul	South Korea|Republic of Korea
JPN	-	Japanese	-	Tokyo	-
IND	-	Indian	Indians	New Delhi	-
PAK	-	Pakistani	Pakistanis	Islamabad	-
United Nations	Organization	UN|U.N.	-
NATO	Organization	North Atlantic Treaty Organization	-
European Union	Organization	EU|E.U.|Brussels	-
European Community	Organization	EC|E.C.|European Economic Community|EEC	-
Kremlin	Organization	-	RUS
White House	Organization	-	USA
Pentagon	Organization	-	USA
FBI	Organization	Federal Bureau of Investigation	USA
CIA	Organization	Central Intelligence Agency	USA
NSA	Organization	National Security Agency	USA
US Justice Department	Organization	Department of Justice|US Department of Justice|U.S. Department of Justice|U.S. Justice Department|Justice Department|DOJ	USA
US State Department	Organization	Department of State|U.S. State Department|State Department|US Department of State	USA
Asia	Location	-	-
Europe	Location	-	-
Africa	Location	-	-
North America	Location	-	-
South America	Location	-	-
Latin America	Location	-	-
Foreign Ministry	Ministry of Foreign Affairs|Foreign Affairs Ministry|Foreign Office
Defence Ministry	Ministry of Defence|Ministry of Defense|Defense Ministry
Interior Ministry	Ministry of Interior|Ministry of the Interior
Justice Ministry	Ministry of Justice
Intelligence Ministry	Ministry of Intelligence
Oil Ministry	Ministry of Oil|Ministry of Petroleum
Embassy	embassy
spokesman|spokeswoman|spokesperson|spokespeople|press secretary|official representative	spokesperson
president|vice president|premier|prime minister|vice prime minister|deputy prime minister	official
accuses	verb	suspect|suspects|suspected|accuse	0.85
accuses	noun	accusation|accusations|allegation|allegations	0.75
denies	verb	deny|denies|denied|denying	0.85
denies	noun	denial|denials	0.75
denies	negated_act	interfere|interfered|interferes|interfering	0.75
denies	denial_word	groundless|baseless|unfounded|unsubstantiated	0.7
attacked	verb	attack|attacks|attacked|attacking	0.8
attacked	noun	attack|attacks|hacking|blast	0.75
accuses	asserted_act	interfered|interferes|interfering|meddled	0.7
accuses	attribution	link|linked|linking|tie	0.75
accuses	misdeed	theft|thefts|fraud|leak	0.7
accuses	labelling	described|describes|describing|characterised	0.7
attacked	verb_at	fire|fired|fires|firing	0.8
accuses	verb_at	finger|fingers	0.8
accuses	naming	names|named|naming|identifies	0.75
denies	disavowal	nothing to do with	0.8
accuses	accused_role	defendant|defendants|co-defendant|co-defendants	0.75
{"3166-1": [{"alpha_3": "CHN", "name": "China", "official_name": "People's Republic of China"}, {"alpha_3": "GBR", "name": "United Kingdom", "official_name": "United Kingdom of Great Britain and Northern Ireland"}, {"alpha_3": "IND", "name": "India", "official_name": "Republic of India"}, {"alpha_3": "IRN", "common_name": "Iran", "name": "Iran, Islamic Republic of", "official_name": "Islamic Republic of Iran"}, {"alpha_3": "ISR", "name": "Israel", "official_name": "State of Israel"}, {"alpha_3": "JPN", "name": "Japan"}, {"alpha_3": "KOR", "common_name": "South Korea", "name": "Korea, Republic of"}, {"alpha_3": "PAK", "name": "Pakistan", "official_name": "Islamic Republic of Pakistan"}, {"alpha_3": "PRK", "common_name": "North Korea", "name": "Korea, Democratic People's Republic of", "official_name": "Democratic People's Republic of Korea"}, {"alpha_3": "PSE", "name": "Palestine, State of", "official_name": "the State of Palestine"}, {"alpha_3": "RUS", "name": "Russian Federation"}, {"alpha_3": "USA", "name": "United States", "official_name": "United States of America"}]}Microsoft Says Foreign Hackers Targeted Campaign Staff
Microsoft Corp said on Thursday that hackers linked to Beijing had hacked the email accounts of campaign staff in the United States.
Chinese Foreign Ministry spokeswoman Lin Mei said China has never interfered in the internal affairs of other countries.
She said the report was fabricated.
