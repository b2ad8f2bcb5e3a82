abbreviation	mr.|mrs.|ms.|dr.|prof.
sentence_opener	the|a|an|he|she
non_name	dubbed|called|named|known|nicknamed
non_name_prefix	cve-|cwe-
preposition	of|in|on|at|to
auxiliary	stands|stood|is|are|was
speech_verb	said|says|say|saying|told
hedge	may|might|could|allegedly|alleged
negation	not|never|no|n't|nothing
pronoun	he|him|his|himself	Person
description	spokesman|spokeswoman|spokesperson|diplomat|minister	Person
state_body	ministry|department|agency|organization|organisation
media_word	news|newspaper|times|post|journal
state_force	government|administration|regime|troops|forces
group_noun	separatists|proxies|militias|executives|employees
malware_noun	worm|virus|malware|malicious|ransomware
naming_cue	known as|called|dubbed|named|nicknamed
org_head	ministry|department|agency|organization|organisation
legal_form	corp|corp.|corporation|inc|inc.
agent_verb	issued|issues|issuing|released|filed
literal_agent_verb	carried|carry|carrying|carries|conducted
irrealis	any|banned|barred|prevented|forbidden
figurative_attack	attack|attacks|attacked|attacking|hit
attack_context	malicious|exploit|exploits|exploited|vulnerability
stance_verb	tolerate|tolerates|accept|accepts|allow
collective_head	movement|militia|group|party|rebels
affiliation	linked|tied|connected|backed|sponsored
adverb	overnight|today|yesterday|tonight|down
claim_noun	involvement|wrongdoing|comment|comments|remark
act_noun	activity|activities|campaign|campaigns|operation
person_noun	citizens|nationals|men|women|individuals
proceeding	lawsuit|lawsuits|suit|suits|case
legal_authority	prosecutors|prosecutor|authorities|jury|juries
body_classifier	firm|company|unit|subsidiary|affiliate
prosecuting_body	justice|prosecutor|prosecutors|prosecutor's|prosecution
legal_charge	charge|charges|charged|charging|indict
facility_noun	parliament|ministry|ministries|agency|agencies
wrongdoer_noun	hackers|criminals|terrorists|terrorist|aggressor
boilerplate_prefix	follow us|follow @|photographer:|photo:|photo credit
boilerplate_contains	upgrade your browser|all rights reserved|subscribe now|sign up now|newsletter
credit_marker	photographer:|photo:|photo credit:|image copyright|image caption:
date_marker	publish date:|published:|published on|date:|posted:
month	january|jan	1
USA	-	US|American|U.S.	Americans	Washington	US|U.S.|USA|U.S.A.|America|United States of America|the States
GBR	-	British|UK|U.K.	Britons	London	UK|U.K.|Britain|Great Britain
RUS	Russia	Russian	Russians	Moscow	Russia|Russian Federation
CHN	-	Chinese	-	Beijing	People's Republic of China|PRC|P.R.C.
IRN	-	Iranian	Iranians	Tehran	Islamic Republic|Islamic Republic of Iran|Persia
ISR	-	Israeli	Israelis	Tel Aviv|Jerusalem	State of Israel|Israeli regime|Zionist regime
PSE	Palestinian territories	Palestinian	Palestinians	Ramallah	Palestine|Palestinian Territories|Palestinian territories|Gaza|Gaza Strip|West Bank
PRK	-	North Korean	North Koreans	Pyongyang	DPRK|North Korea
United Nations	Organization	UN|U.N.	-
NATO	Organization	North Atlantic Treaty Organization	-
European Union	Organization	EU|E.U.	-
European Community	Organization	EC|E.C.	-
Kremlin	Organization	-	RUS
White House	Organization	-	USA
Asia	Location	-	-
Europe	Location	-	-
Africa	Location	-	-
Foreign Ministry	Ministry of Foreign Affairs|Foreign Affairs Ministry
Defence Ministry	Ministry of Defence|Ministry of Defense
Interior Ministry	Ministry of Interior|Ministry of the Interior
Justice Ministry	Ministry of Justice
spokesman|spokeswoman|spokesperson|spokespeople|press secretary	spokesperson
president|vice president|premier|prime minister|vice prime minister	official
accuses	verb	suspect|suspects|suspected	0.85
accuses	noun	accusation|accusations|allegation	0.75
denies	verb	deny|denies|denied	0.85
denies	noun	denial|denials	0.75
denies	negated_act	interfere|interfered|interferes	0.75
denies	denial_word	groundless|baseless|unfounded	0.7
attacked	verb	attack|attacks|attacked	0.8
attacked	noun	attack|attacks|hacking	0.75
accuses	asserted_act	interfered|interferes|interfering	0.7
accuses	attribution	link|linked|linking	0.75
accuses	misdeed	theft|thefts|fraud	0.7
accuses	labelling	described|describes|describing	0.7
attacked	verb_at	fire|fired|fires	0.8
accuses	verb_at	finger|fingers	0.8
accuses	naming	names|named|naming	0.75
denies	disavowal	nothing to do with	0.8
accuses	accused_role	defendant|defendants|co-defendant	0.75
{"3166-1": [{"alpha_3": "CHN", "name": "China"}, {"alpha_3": "GBR", "name": "United Kingdom"}, {"alpha_3": "IRN", "common_name": "Iran", "name": "Iran, Islamic Republic of"}, {"alpha_3": "ISR", "name": "Israel"}, {"alpha_3": "PRK", "common_name": "North Korea", "name": "Korea, Democratic People's Republic of"}, {"alpha_3": "PSE", "name": "Palestine, State of"}, {"alpha_3": "RUS", "name": "Russian Federation"}, {"alpha_3": "USA", "name": "United States"}]}At least 12 civilians were killed in Saudi airstrikes on a market in northern Yemen, local officials said on Sunday.
The Houthi movement accused Saudi Arabia of deliberately attacking civilians.
A spokeswoman for the Saudi-led coalition, Noura Haddad, rejected the charges and said the coalition had struck only military targets.
