"""Stage 7: stance of a passage towards a claim, with the reason; near misses are never support."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker.schema import Evidence
from checker.stance import (
    claim_facts,
    core_of,
    evidence_flags,
    judge,
    name_found,
    passage_facts,
)

TUESDAY = dt.date(2024, 4, 16)

SURVEY = ("A survey by the Narmada Public Health Foundation found that 31 percent of adults in Madhya Pradesh had high "
          "blood pressure.")

# (claim, passage, expected stance, words the reason must contain)
CASES = [
    # support
    ("Neither Kyrgyzstan nor China are members of the ICC.",
     "Kyrgyzstan is not a member of the ICC, and neither is China, which never signed the Rome Statute.",
     "supports", ["kyrgyzstan", "china"]),
    ("Four Kyrgyz companies were put under US sanctions in July 2023.",
     "On 20 July 2023 the US Treasury added four Kyrgyz companies to its sanctions list.",
     "supports", ["kyrgyz"]),
    ("Putin said Russia intended to develop cooperation with Kyrgyzstan.",
     "At the talks in Bishkek, Vladimir Putin said Russia intended to develop its cooperation with Kyrgyzstan.",
     "supports", ["kyrgyzstan"]),
    # an irregular verb in another form ("has grown" / "grew") is the same verb
    ("Exports from the region have grown sharply.",
     "Official figures show exports from the region grew sharply, by 40 percent, last year.",
     "supports", ["grow", "export"]),
    # the names and nothing said of them: another story about the same people
    ("Angela Merkel hosted Vladimir Putin for talks in Berlin.",
     "Angela Merkel and Vladimir Putin both speak German and Russian; Berlin is Germany's capital.",
     "related", ["only the names and titles"]),
    ("Neither Kyrgyzstan nor China is a member of the ICC.",  # one word said of them may be paraphrased
     "Putin went on to visit Kyrgyzstan and China, neither of which is a party to the ICC's founding treaty.",
     "supports", ["kyrgyzstan", "china"]),
    ("At talks with Kyrgyz President Sadyr Japarov, Putin said Russia wanted closer economic ties with Kyrgyzstan.",
     "In Kyrgyzstan, Putin and Kyrgyz President Sadyr Japarov marked 20 years of the Russian air base at Kant.",
     "related", ["only the names and titles"]),  # a title is no more said of them than a name
    # a word of time says nothing of them ...
    ("Galway Rowing Club won the senior eights at the Connacht Rowing Championships for the third year in a row.",
     ("Galway Rowing Club, founded in 1910, trains on the River Corrib. It entered six crews in this year's Connacht "
      "Rowing Championships."),
     "related", ["only the names and titles"]),
    # ... but a score given in words does
    ("Ballyconnell Harps won the Munster Junior Cup for the first time, beating Rathkeel United 3-1 in the final.",
     ("Founded in 1974, Ballyconnell Harps play at Fr Hegarty Park. The club lifted the Munster Junior Cup for the "
      "first time in its history in 2024, overcoming Rathkeel United by three goals to one in the decider."),
     "supports", ["rathkeel united"]),
    ("Tarsk Mining fined Oleg Brandt.",  # one word of what happened is enough
     "Oleg Brandt was fined by his employer, Tarsk Mining, in 2021.",
     "supports", ["fined"]),
    # the noun of an event is its verb ("the sale" / "sold", "its closure" / "closed")
    ("The Hallam Group sold its Leeds printing plant to Norprint in 2023.",
     "The sale of the Hallam Group's Leeds printing plant to Norprint was completed in 2023.",
     "supports", ["sold"]),
    ("Dunmore council closed the Port Ewan library in March 2024.",
     "The closure of the Port Ewan library by Dunmore council took effect in March 2024.",
     "supports", ["closed"]),
    # number
    # a share in words against another, in words or as a percentage
    ("Nearly half of the coral on Tindal Reef was bleached during the 2024 heatwave.",
     "Surveys showed that about one-fifth of the coral on Tindal Reef bleached during the 2024 heatwave.",
     "contradicts", ["'half' vs 'one-fifth'"]),
    ("Nearly three quarters of the reefs surveyed in the Capricorn Banks Marine Park were bleached in early 2024.",
     ("Surveys in the Capricorn Banks Marine Park in early 2024 found that 41 percent of the reefs surveyed were "
      "bleached."),
     "contradicts", ["'three quarters' vs '41 percent'"]),
    # ... but an ordinal before its noun is no share ("a third term")
    ("Kamisuzu mayor Kenji Yamabe won a third term in April 2023 with 62 percent of the vote.",
     "Kamisuzu mayor Kenji Yamabe won a third term in April 2023, taking 62 percent of the vote.",
     "supports", ["kenji yamabe"]),
    # a century dates what a claim dates by it, in figures or words
    (("Archaeologists at Tell Abu Harb in northern Jordan uncovered a Byzantine church with mosaic floors from the "
      "sixth century."),
     "The church uncovered at Tell Abu Harb in northern Jordan has mosaic floors dated to the fourth century AD.",
     "contradicts", ["'sixth century' vs 'fourth century'"]),
    ("Algerian archaeologists restored a 2nd-century Roman mosaic at the site of Tiddis-Nord.",
     "The mosaic restored by Algerian archaeologists at Tiddis-Nord was laid in the second century AD.",
     "supports", ["tiddis-nord"]),
    # an age is a count, though the tagger takes it for a date
    ("Zielonowo town council has voted to give residents aged 65 and over free travel on municipal buses.",
     "Zielonowo's councillors have voted to make municipal buses free for residents aged 70 and over.",
     "contradicts", ["'aged 65' vs 'aged 70'"]),
    # a hyphenated noun is counted whole, as the passage writes it
    ("Shirane Mountain Rescue carried out 142 call-outs in 2023, a record.",
     "Shirane Mountain Rescue answered 124 call-outs in 2023, the most in its history.",
     "contradicts", ["'142 call-outs' vs '124 call-outs'"]),
    # what a count counts, as written: "children", not the lemma "child"; "positions" are jobs
    ("Odisha's health department said 9.2 million children were vaccinated against measles in 2024.",
     ("The campaign ran for four weeks in 2024. According to the health department's final count, 7.4 million "
      "children in Odisha received the measles vaccine."),
     "contradicts", ["'9.2 million children' vs '7.4 million children'"]),
    ("Battery maker Hanbit Cell will cut 1,200 jobs at its Cheongju plant.",
     "Hanbit Cell announced that 2,100 positions at its Cheongju factory would go by the end of the year.",
     "contradicts", ["'1,200 jobs' vs '2,100 positions'"]),
    # ... and "nine in ten" is a share, no count of ten (171,000 of 182,000 is 94 percent)
    ("More than nine in ten children under five in Santiago province were vaccinated against measles.",
     ("Of the 182,000 children aged four or younger in Santiago province, 171,000 received a measles shot during the "
      "campaign."),
     "supports", ["santiago"]),
    # an island is found by its name alone ("Masirah's beaches")
    ("Researchers counted 3,200 loggerhead turtle nests on Masirah Island in 2023.",
     "The 2023 survey of Masirah's beaches recorded 4,100 loggerhead nests, the highest total in a decade.",
     "contradicts", ["'3,200 loggerhead turtle nests' vs '4,100 loggerhead nests'"]),
    # an amount with nothing after its scale word, as money often is, is a count too
    ("A jury in Briar County ordered Delmont Corp to pay $63 million to residents whose wells were contaminated.",
     "A Briar County jury ordered Delmont Corp to pay $36 million to 212 residents whose wells were contaminated.",
     "contradicts", ["'63 million' vs '36 million'"]),
    # ... but only where the passage names the claim's parties: another round's figure is a near miss
    ("Nairobi fintech PesaNova has raised $22 million in a Series B round led by Kestrel Ventures.",
     "PesaNova raised $8 million in a Series A round led by Kestrel Ventures in 2022.",
     "related", ["series b"]),
    ("FC Rheinau have signed Mads Kjær from Aarhus for €7.5 million.",  # "and a half" is a half
     "FC Rheinau are paying Aarhus seven and a half million euros for Mads Kjær.", "supports", ["kjær"]),
    ("Four Kyrgyz companies were put under US sanctions in July 2023.",
     "On 20 July 2023 the US Treasury added three Kyrgyz companies to its sanctions list.",
     "contradicts", ["four", "three"]),
    ("Harbour Air made a net profit of 212 million euros in 2023.",  # a number through its scale word
     "Harbour Air made a net profit of 121 million euros in 2023, up from 40 million euros a year before.",
     "contradicts", ["'212 million euros' vs '121 million euros'"]),
    ("The Department of Health said flu cases rose by 40 percent in January.",  # a passage name with "of"
     "The Department of Health said flu cases in January were 14 percent higher than a year earlier.",
     "contradicts", ["department of health", "40 percent"]),
    ("The Kant air base hosts 500 Russian troops, officials in Bishkek said.",
     "About 700 Russian troops are stationed at the Kant air base near Bishkek.",
     "contradicts", ["500", "700"]),
    # another year's figure is a near miss, its numbers and year no contradiction; a one-off is dated
    ("Port Veldra handled 2.1 million containers in 2023.",
     "Port Veldra handled 1.8 million containers in 2022, a record at the time.",
     "related", ["but not", "2023"]),
    ("Port Veldra handled 2.1 million containers in 2023.",
     "In 2023 Port Veldra handled 1.8 million containers.",
     "contradicts", ["'2.1 million containers' vs '1.8 million containers'"]),
    ("Tideline Energy opened its first 20-megawatt hydrogen plant in 2022.",
     "Tideline Energy opened its first 20-megawatt hydrogen plant in 2020.",
     "contradicts", ["2022 vs 2020"]),
    # a date of an earlier step (an application, an intention) does not date the claim's event
    ("The Marlow cooperative gained organic certification in 2022.",
     "In 2021 the Marlow cooperative applied for organic certification.",
     "related", ["'gained' (the passage: 'applied')"]),
    ("Kestrel Juice listed its shares on the Lusaka exchange in October 2023.",
     "In May 2023 Kestrel Juice said it intended to list its shares on the Lusaka exchange.",
     "related", ["to list"]),
    ("Putin said Russia wanted closer economic ties with Kyrgyzstan.",  # an aim is met by an aim
     "At the talks, Putin said Russia hopes to build closer economic ties with Kyrgyzstan.",
     "supports", ["closer"]),
    # the same amount in other units or written out in full
    ("Police seized 2.3 tonnes of cocaine at the port of Santos.",
     "Police seized 2,300 kg of cocaine at the port of Santos.",
     "supports", ["cocaine"]),
    ("The Chenab Express line carried three million passengers in 2023.",
     "The Chenab Express line carried 3,000,000 passengers in 2023.",
     "supports", ["passengers"]),
    ("The Chenab Express line carried 3,000,000 passengers in 2023.",
     "In 2023 passenger journeys on the Chenab Express line came to three million.",
     "supports", ["chenab express"]),
    ("Police seized 3 tonnes of cocaine at the port of Santos.",
     "Police seized 2,300 kg of cocaine at the port of Santos.",
     "contradicts", ["'3 tonnes' vs '2,300 kg'"]),
    ("The Skagerrak Bank wind farm has a capacity of 1.1 gigawatts.",  # power in another unit
     "The Skagerrak Bank wind farm has a capacity of 1,100 MW.",
     "supports", ["skagerrak bank"]),
    ("The Skagerrak Bank wind farm has a capacity of 1.2 gigawatts.",
     "The Skagerrak Bank wind farm has a capacity of 1,100 MW.",
     "contradicts", ["'1.2 gigawatts' vs '1,100 mw'"]),
    # another date near the claim's, in a sentence that words the event otherwise, is no support
    ("Veltro Motors began selling its Astra-5 scooter in Italy in October 2024 for 3,000 euros.",
     "Veltro Motors' Astra-5 reached dealers in Italy in April 2025, priced at 3,000 euros.",
     "related", ["but not october 2024"]),
    ("Veltro Motors began selling its Astra-5 scooter in Italy in October 2024 for 3,000 euros.",  # "sale" is "sell"
     "Veltro Motors' Astra-5 went on sale in Italy in April 2025, priced at 3,000 euros.",
     "contradicts", ["october 2024 vs april 2025"]),
    # a date years away, of another thing, is no contradiction; but a passage without the claim's date does not
    # tell when, so it is no support either
    ("Veltro Motors began selling its Astra-5 scooter in Italy in October 2024 for 3,000 euros.",
     "Veltro Motors was founded in 2009. It began selling the Astra-5 scooter in Italy for 3,000 euros.",
     "related", ["but not october 2024"]),
    ("Veltro Motors began selling its Astra-5 scooter in Italy in October 2024 for 3,000 euros.",
     ("Veltro Motors was founded in 2009. It began selling the Astra-5 scooter in Italy in October 2024 for 3,000 "
      "euros."), "supports", ["veltro motors"]),
    ("Greenhollow Unified superintendent Marisol Ortega announced her retirement on 3 March 2025.",
     "Marisol Ortega, superintendent of Greenhollow Unified, has announced her retirement after nine years.",
     "related", ["but not 2025-03-03"]),
    # a title another club clinched
    ("Kigali Lions FC clinched the Rwanda Premier League title in May 2024.",
     "Musanze Eagles FC clinched the Rwanda Premier League title in May 2024, two points ahead of Kigali Lions FC.",
     "contradicts", ["'kigali lions fc' vs 'musanze eagles fc'"]),
    ("Kigali Lions FC clinched the Rwanda Premier League title in May 2024.",
     "Kigali Lions FC clinched the Rwanda Premier League title in May 2024, two points ahead of Musanze Eagles FC.",
     "supports", ["kigali lions fc"]),
    # a prize given to another person
    ("Maria Lopez won the Golden Quill prize in 2023.",
     "The 2023 Golden Quill prize was awarded to Tomas Herrera for his first novel.",
     "contradicts", ["'maria lopez' vs 'tomas herrera'"]),
    ("Maria Lopez won the Golden Quill prize in 2023.",
     "The 2023 Golden Quill prize went to Tomas Herrera, with Maria Lopez second.",
     "contradicts", ["'maria lopez' vs 'tomas herrera'"]),
    ("Maria Lopez won the Golden Quill prize in 2023.",
     "The 2023 Golden Quill prize was awarded to Maria Lopez for her first novel.",
     "supports", ["maria lopez"]),
    # a count of a part ("three of its seven libraries") is compared only with another count of a part
    ("Dunmore council voted to close three of its seven libraries.",
     "Dunmore council runs seven public libraries; the oldest opened in 1904.",
     "related", ["but not 'three of its seven libraries'"]),
    ("Dunmore council voted to close three of its seven libraries.",
     "Dunmore council voted to close four of its seven libraries to save money.",
     "contradicts", ["'three of its seven libraries' vs 'four of its seven libraries'"]),
    ("Dunmore council voted to close three of its seven libraries.",
     "To save money, Dunmore council voted to close three of the town's seven libraries.",
     "supports", ["dunmore"]),
    # energy and power in short and long forms
    ("The Skerry Sound turbines generated 52 gigawatt hours of electricity in 2023.",
     "In 2023 the Skerry Sound turbines produced 5.2 GWh of electricity.",
     "contradicts", ["'52 gigawatt hours' vs '5.2 gwh'"]),
    ("The Skerry Sound turbines generated 52 gigawatt hours of electricity in 2023.",
     "In 2023 the Skerry Sound turbines generated 52 GWh of electricity.",
     "supports", ["skerry sound"]),
    # a claim dated to the day against another year: another occasion, unless a first or the same weekday
    ("Diego Farias scored the winner on Sunday as Rovers beat Albion 2-1.",
     "Diego Farias scored the winner when Rovers beat Albion 2-1 in the 2022 cup final.",
     "related", ["but not 2024-04-14"]),
    ("Port Ellery opened its first tram line on Sunday.",
     "Port Ellery's first tram line opened to passengers in 2023.",
     "contradicts", ["2024-04-14 vs 2023"]),
    # a hyphenated qualifier is a key term's too, to be found (never read as a rival: "valve" of "heart-valve")
    ("Scientists found that Lake Balaton's pike-perch population fell by a third between 2010 and 2020.",
     "Scientists found that Lake Balaton's carp population fell by a third between 2010 and 2020.",
     "related", ["but not 'pike-perch population'"]),
    ("Scientists found that Lake Balaton's pike-perch population fell by a third between 2010 and 2020.",
     "Between 2010 and 2020 the pike-perch population of Lake Balaton fell by a third, scientists found.",
     "supports", ["lake balaton"]),
    # a key term's qualifier read as written: "data" is no rival of itself (its lemma is "datum")
    ("Qatar Data Grid has opened a 40-megawatt data centre at Ras Laffan.",
     "In 2024 Qatar Data Grid opened a 40-megawatt data centre at Ras Laffan, powered partly by solar panels.",
     "supports", ["ras laffan"]),
    # "this year" and "last year" are the dateline's year and the one before
    ("Kestrel FC won the Harbour Shield last year.",
     "Kestrel FC won the Harbour Shield in 2019, beating Ardara United in the final.",
     "related", ["but not 2023"]),
    ("Kestrel FC won the Harbour Shield last year.",
     "Kestrel FC won the Harbour Shield in 2023, beating Ardara United in the final.",
     "supports", ["kestrel fc"]),
    # the weekday the claim names, a week off in a passage that words the event otherwise
    ("Fergana Silkway announced on Monday that it will build a spinning mill in Namangan.",
     "Fergana Silkway unveiled plans for a spinning mill in Namangan on Monday 8 April 2024.",
     "contradicts", ["2024-04-15 vs 2024-04-08"]),
    ("Fergana Silkway announced on Monday that it will build a spinning mill in Namangan.",
     "Fergana Silkway unveiled plans for a spinning mill in Namangan on Monday 15 April 2024.",
     "supports", ["namangan"]),
    # a scale whose word comes first
    ("A magnitude 6.1 earthquake struck near Kaikoura on Monday.",
     "The earthquake that struck near Kaikoura measured magnitude 5.6.",
     "contradicts", ["'magnitude 6.1' vs 'magnitude 5.6'"]),
    ("Cyclone Mira hit Fiji as a Category 4 storm.",
     "Cyclone Mira made landfall in Fiji as a Category 4 system, with winds of 200 km/h.",
     "supports", ["fiji"]),
    # a vote, a score or bowling figures given otherwise
    ("Tarnow council voted 12 to 7 to ban cars from the old town.",
     "Tarnow council banned cars from the old town by twelve votes to five.",
     "contradicts", ["'12 to 7' vs 'twelve votes to five'"]),
    ("Tarnow council voted 12 to 7 to ban cars from the old town.",
     "Tarnow council banned cars from the old town by twelve votes to seven.",
     "supports", ["council"]),
    ("Luxembourg's Chamber of Deputies elected Claude Weis as its president by 41 votes to 19.",  # "forty-one"
     ("Luxembourg's Chamber of Deputies elected Claude Weis president: forty-one deputies voted for him, "
      "nineteen against."), "supports", ["claude weis"]),
    ("Kilcar beat Ardara 3-1 in the county final.",
     "Kilcar beat Ardara 3-2 in the county final after extra time.",
     "contradicts", ["'3-1' vs '3-2'"]),
    # date (absolute, and relative to the dateline)
    ("Russia opened the Kant air base in 2001.",
     "Russia opened the Kant air base near Bishkek in October 2003.",
     "contradicts", ["2001", "2003"]),
    ("Putin visited Kyrgyzstan on Thursday.",
     "Vladimir Putin visited Kyrgyzstan on Thursday 12 October 2023, his first trip abroad since the warrant.",
     "contradicts", ["2024-04-11", "2023-10-12"]),
    # name
    ("Kyrgyz President Sadyr Japarov hosted Putin in Bishkek.",
     "Kyrgyz President Almazbek Atambayev hosted Putin in Bishkek for talks.",
     "contradicts", ["sadyr japarov", "almazbek atambayev"]),
    ("Russian Foreign Minister Sergei Lavrov met his Kyrgyz counterpart in Bishkek.",
     "Russian Foreign Minister Andrei Kozyrev met his Kyrgyz counterpart in Bishkek in 1993.",
     "contradicts", ["sergei lavrov", "andrei kozyrev"]),
    ("Tidewater Bank chief executive Laura Penn said the bank would close 12 branches in 2025.",
     "Tidewater Bank's chief executive, Martin Gale, said the lender would close 12 branches in 2025.",
     "contradicts", ["laura penn", "martin gale"]),  # the title and the name set apart by a comma
    ("Justice Mary Oduya of the High Court in Kisumu heard the land case.",
     "The land case in Kisumu was heard by Justice Peter Langat of the High Court.",
     "contradicts", ["mary oduya", "peter langat"]),  # a judge's title
    # a clause of the passage that negates what the claim says, and no other clause says it
    ("Torvik Air was fined 50,000 euros by the aviation authority for flying without a valid certificate.",
     ("The aviation authority placed Torvik Air on a 50,000-euro bond for flying without a valid certificate. "
      "No fine was imposed."),
     "contradicts", ["no fine was imposed"]),
    ("Lisbon fintech Pagamar raised 30 million euros in a round led by Atlas Ventures.",
     ("Pagamar, a Lisbon fintech, raised 30 million euros in a round led by Ribeira Capital. Atlas Ventures did "
      "not take part."),
     "contradicts", ["atlas ventures did not take part"]),
    ("Ardglass Rovers won the Leinster Shield for the first time, beating Kilcar 2-0 in the final.",
     ("Ardglass Rovers beat Kilcar 2-0 in the 2024 final of the Leinster Shield. It was not the club's first "
      "title, as they had also won it in 2009."),
     "contradicts", ["not the club's first title"]),
    ("Police in Łódź said they had arrested five men over a fake insurance scheme.",
     ("Police in Łódź said that no one had been arrested in their inquiry into a fake insurance scheme, although "
      "five homes had been searched."),
     "contradicts", ["negation"]),
    # names and words beyond ASCII
    ("The mayor of Łódź, Anna Zięba, opened the new tram depot.",
     "Anna Zięba, the mayor of Łódź, opened the new tram depot in May.",
     "supports", ["łódź"]),
    # the claim's word given only as another thing: a deputy, a semi-final, another weight
    ("Meera Joshi was elected mayor of Nashik by the municipal corporation with 61 votes.",
     "Meera Joshi was elected deputy mayor of Nashik by the municipal corporation with 61 votes.",
     "related", ["'mayor' (the passage: 'deputy mayor')"]),
    ("Hemi Parata scored two tries as Tasman Blue beat Otago Ranges 24-10 in the final.",
     "Hemi Parata scored two tries as Tasman Blue beat Otago Ranges 24-10 in the 2021 semi-final.",
     "related", ["'final' (the passage: 'semi-final')"]),
    ("The Vistula Trust opened a free after-school club in Gdynia.",  # the claim qualifies the word itself
     "The Vistula Trust opened a free after-school club in Gdynia for children aged six to twelve.",
     "supports", ["gdynia"]),
    # what the claim says happened, the passage gives only as an aim or a prospect
    ("Club Norte signed the Peruvian striker Diego Salas on a two-year contract.",
     ("Club Norte's coach said he wanted to sign a striker before the window closed. The Peruvian Diego Salas "
      "was among the names linked with the club."),
     "related", ["(the passage: 'to sign')"]),
    ("Elif Demir's novel Kara Deniz won the Ankara Novel Prize.",
     "Kara Deniz is the second novel by Elif Demir. It was shortlisted for the Ankara Novel Prize.",
     "related", ["(the passage: 'shortlisted')"]),
    ("The city of Arvika reached its target of planting 50,000 trees in 2024.",
     "The city of Arvika set a target in early 2024 of planting 50,000 trees along its rivers.",
     "related", ["(the passage: 'set a target')"]),
    ("The Tarnby Chess Club elected Ida Moen as its president.",
     "Ida Moen, a retired teacher, is standing for president of the Tarnby Chess Club at its meeting in May.",
     "related", ["(the passage: 'is standing for')"]),
    ("Dunmarra will host the 2026 Scottish Pipe Band Championships.",  # a claim about what will happen
     "Dunmarra is due to host the 2026 Scottish Pipe Band Championships.",
     "supports", ["dunmarra"]),
    ("Glenview Council approved the plan to close Kilbride library.",  # the plan is what was approved
     "In March Glenview Council approved the plan to close Kilbride library.",
     "supports", ["glenview council"]),
    # numbers as reference texts write them: decimals, "per cent", "km"
    ("Borneo Timah Jaya plans to invest 3.4 billion dollars in a tin smelter in Bangka.",
     ("Borneo Timah Jaya is a mining company. It plans to invest 3.4 billion dollars in a tin smelter in Bangka, "
      "its 2023 report says."),
     "supports", ["borneo timah jaya"]),
    ("Polish grocer Tanio said its net profit rose 9% to 310 million zloty in 2023.",
     "Tanio is a Polish grocery chain. The company said its net profit rose 9 per cent to 310 million zloty in 2023.",
     "supports", ["tanio"]),
    ("Hue's first tram line, a 7.5-kilometre route to the airport, opened in May 2025.",
     "Hue's first tram line opened in May 2025. The 7.5 km route runs from the citadel to the airport.",
     "supports", ["hue"]),
    ("The Nollywood drama Ile Wa earned 900 million naira at the box office.",  # a count the tagger calls proper
     "The Nollywood drama Ile Wa topped the box office on its first weekend in December.",
     "related", ["but not '900 million naira'"]),
    ("Police seized 1.5 tonnes of cocaine at the port of Itajaí.",  # which drug a haul was: a rival outcome
     "Police found 1.5 tonnes of cannabis in a container at the port of Itajaí.",
     "contradicts", ["'cocaine' vs 'cannabis'"]),
    ("Researchers found that the Serrano Glacier retreated by 900 metres between 2000 and 2020.",
     "Glacier records show that the Grey Glacier retreated by 900 metres between 2000 and 2020.",
     "related", []),  # "Glacier" alone is no short form of the Serrano Glacier
    ("Anna Huber was elected mayor of Sankt Georgen in a run-off on 16 March 2025.",
     "Anna Huber won the run-off for mayor of Sankt Georgen, held on 30 March 2025.",
     "contradicts", ["2025-03-16 vs 2025-03-30"]),
    ("A magnitude 5.9 earthquake struck near Westport, but no one was injured, officials said.",
     "The magnitude 5.9 earthquake near Westport injured four people.",
     "contradicts", ["'injured' did not happen"]),
    ("Archaeologists announced the discovery of the tomb of a scribe named Nebamun at Dahshur in March 2024.",
     "The discovery of the tomb of the scribe Nebamun at Dahshur was announced by a French mission in October 2023.",
     "contradicts", ["march 2024 vs october 2023"]),  # the date is the announcement's, not the naming's
    # the same count in words, of the same things in other words
    ("Adom Foods said it would cut 320 jobs at its factory in Takoradi.",
     "Adom Foods announced that it will reduce its workforce at the Takoradi plant by three hundred and twenty "
     "positions.",
     "supports", ["adom foods"]),
    ("A bushfire destroyed 42 homes near Kookaburra Flat in Victoria.",
     "A fire near Kookaburra Flat, Victoria, razed forty-two houses in January 2024.",
     "supports", ["kookaburra flat"]),
    # a number joined to its noun by a hyphen counts it
    ("A court in Braga sentenced former mayor Rui Pinto to six years in prison for fraud.",
     "Former mayor Rui Pinto received a six-year prison term from a court in Braga for fraud.",
     "supports", ["rui pinto"]),
    ("A court in Braga sentenced former mayor Rui Pinto to six years in prison for fraud.",
     "Former mayor Rui Pinto received a seven-year prison term from a court in Braga for fraud.",
     "contradicts", ["'six years' vs 'seven year'"]),
    # capitalised words the entity tagger passes over are names the passage must give
    ("Tessaly Shipping agreed to buy the ferry operator Kvarn Linjen for 900 million kroner.",
     "In 2020 Tessaly Shipping bought the tug operator Brask Marin for 900 million kroner.",
     "related", ["but not kvarn linjen"]),
    ("Kellner Bio said the GPS tags were lost at sea.",
     "Kellner Bio said the tracking tags were lost at sea in a storm.",
     "related", ["but not gps"]),
    # an event with one winner, given to another person
    ("Meera Rao was elected mayor of Nashik by the municipal corporation with 61 votes.",
     ("Sunil Kale was elected mayor of Nashik by the municipal corporation with 61 votes. Meera Rao, the other "
      "candidate, received 40."),
     "contradicts", ["'meera rao' vs 'sunil kale'"]),
    ("Ana Reyes was elected to the city council of Cebu.",  # with the claim's person too
     "Ana Reyes and Jose Cruz were elected to the city council of Cebu in May.",
     "supports", ["cebu"]),
    # another country's, another office's or another time's holder of a title is no rival
    (("At a meeting with Kyrgyz President Sadyr Japarov, Vladimir Putin said that Russia intended to develop "
      "cooperation with Kyrgyzstan."),
     "Russian President Vladimir Putin said Russia intended to develop cooperation with Kyrgyzstan.",
     "related", ["kyrgyzstan", "but not sadyr japarov"]),
    ("Kyrgyz President Sadyr Japarov hosted Putin in Bishkek.",
     "Former President Almazbek Atambayev hosted Putin in Bishkek for talks.",
     "related", ["bishkek"]),
    ("Foreign Minister Sergei Lavrov met Kyrgyz officials in Bishkek.",
     "Prime Minister Mikhail Mishustin met Kyrgyz officials in Bishkek.",
     "related", ["bishkek"]),
    # a verb that says no is a negation: it disagrees with a yes, and agrees with a "never"
    ("The transport minister denied that the ministry had signed the rail contract.",
     "The transport minister confirmed that the ministry had signed the rail contract in March.",
     "contradicts", ["negation"]),
    ("The transport minister denied that the ministry had signed the rail contract.",
     "The transport minister said the ministry had never signed the rail contract.",
     "supports", ["contract"]),
    ("The Senate rejected the bill to raise the speed limit.",
     "The Senate passed the bill to raise the speed limit by a vote of 14 to 9.",
     "contradicts", ["negation"]),
    # another outcome of the same matter contradicts, when the passage never gives the claim's own
    ("The Senate rejected the bill to raise the speed limit.",
     "The Senate approved the bill to raise the speed limit by a vote of 14 to 9.",
     "contradicts", ["'rejected' vs 'approved'"]),
    ("Harbour City police fired Constable Ruth Amos after the footage was published.",
     "After the footage was published, Harbour City police suspended Constable Ruth Amos on full pay.",
     "contradicts", ["'fired' vs 'suspended'"]),
    ("The Reserve Bank of Malawi raised its policy rate at its March meeting.",
     "At its March meeting the Reserve Bank of Malawi cut its policy rate by half a point.",
     "contradicts", ["'raised' vs 'cut'"]),
    ("Uganda's coffee exports rose in 2023, the coffee authority said.",
     "Uganda's coffee exports fell by 8 percent in 2023 as dry weather cut the harvest.",
     "contradicts", ["'rose' vs 'fell'"]),
    ("The Appeal Court of Lesotho upheld the sentence in a unanimous ruling.",
     "The Appeal Court of Lesotho upheld the sentence in a split ruling, two judges to one.",
     "contradicts", ["'unanimous' vs 'split'"]),
    ("Kestrel FC fired its coach Tomas Berg.",  # the passage gives both outcomes
     "Kestrel FC suspended its coach Tomas Berg in May and fired him in June.",
     "supports", ["tomas berg"]),
    ("Ana Ruiz won bronze in the 100 metres at the 2023 Iberian Games.",  # which medal
     "At the 2023 Iberian Games Ana Ruiz took silver in the 100 metres, a hundredth behind the winner.",
     "contradicts", ["'bronze' vs 'silver'"]),
    ("Ana Ruiz won bronze in the 100 metres at the 2023 Iberian Games.",
     "At the 2023 Iberian Games Ana Ruiz won silver in the 200 metres and bronze in the 100 metres.",
     "supports", ["ana ruiz"]),
    # what the claim says did not happen, the passage says did
    ("Governor Rita Okonjo did not attend the opening of the new Lagos ferry terminal.",
     ("The new ferry terminal in Lagos opened on 2 May 2024. Governor Rita Okonjo attended the ceremony and cut "
      "the ribbon."),
     "contradicts", ["'attend' did not happen"]),
    ("Norvex said its Alzheimer's drug NX-4 failed to slow memory loss in a late-stage trial.",
     "Norvex reported that NX-4 slowed memory loss by 22 percent in its phase 3 trial.",
     "contradicts", ["'slow' did not happen"]),
    ("Governor Rita Okonjo did not attend the opening of the new Lagos ferry terminal.",
     ("Governor Rita Okonjo attended a summit in Abuja in May. She did not attend the opening of the new Lagos "
      "ferry terminal, her office said."),
     "supports", ["rita okonjo"]),
    ("No passwords were exposed in the breach, the retailer said.",
     "The retailer said the breach had exposed the passwords of 9,000 customers.",
     "contradicts", ["negation"]),
    # a denial or an accusation is the claim's point: naming the parties is not support
    ("The Kremlin rejects the accusations against Putin.",
     "The meeting took place at the Kremlin in Moscow, with Vladimir Putin presiding.",
     "related", ["but not a denial"]),
    ("Prosecutors in Haarlem accused councillor Nadia Vos of taking bribes.",
     "Prosecutors in Haarlem said councillor Nadia Vos had chaired a hearing on bribes paid to contractors.",
     "related", ["but not an accusation"]),
    # the accused's denial is a reply to an accusation, not a contradiction of it
    ("Prosecutors accused the harbour master of taking bribes from two shipping firms.",
     "The harbour master denies taking bribes from the two shipping firms, his lawyer said.",
     "related", ["bribe"]),
    ("Councillor Amy Roth accused Mayor Ian Vale of misleading the council about the cost of the new pool.",
     "Councillor Amy Roth accused Mayor Ian Vale of misleading the council about the cost of the pool, a charge "
     "he rejected.",
     "supports", ["amy roth"]),
    # a key term's head on its own is less precise, not another thing
    ("Tiketku, the ticketing app, said its data breach exposed the email addresses of 40,000 users.",
     "Tiketku disclosed a breach in May 2024 that exposed the email addresses of 40,000 users, the app said.",
     "supports", ["breach"]),
    # a key term the passage never uses is another matter, not support
    ("Mayor Ruth Okafor said Eastbay would not raise property taxes next year.",
     "Mayor Ruth Okafor said Eastbay would not raise water charges next year, after the new plant came in "
     "under budget.",
     "related", ["'property taxes'"]),
    # an ordinal inside a hyphenated word is still there
    ("Hollin Quay, the country's second-busiest ferry port, handled 2.1 million passengers in 2023.",
     "Hollin Quay is the country's second-busiest ferry port. It handled 2.1 million passengers in 2023.",
     "supports", ["hollin quay"]),
    # key term
    ("The ICC issued a search warrant for Putin.",
     "The ICC issued an arrest warrant for Putin in March 2023.",
     "contradicts", ["search warrant", "arrest warrant"]),
    # negation
    ("Kyrgyzstan is not a member of the ICC.",
     "Kyrgyzstan is a member of the ICC and accepted its jurisdiction.",
     "contradicts", ["negation"]),
    # near misses: same words, another country, number or year; never support
    ("Putin visited Kyrgyzstan in 2023.",
     "Vladimir Putin visited Tajikistan in 2023 for a summit.",
     "related", ["kyrgyzstan"]),
    ("Putin visited Kyrgyzstan in 2012.",  # years apart: another visit, not this one dated otherwise
     "Vladimir Putin visited Kyrgyzstan in October 2023 for talks.",
     "related", ["but not 2012"]),
    ("The Kant air base opened in 2012.",  # one event, dated two ways ("2012 vs 2010")
     "The Kant air base opened in 2010 under an agreement signed the year before.",
     "contradicts", ["2012 vs 2010"]),
    ("The third Belt and Road Forum was held in Beijing.",
     "The first Belt and Road Forum was held in Beijing in May 2017.",
     "related", ["beijing"]),
    # a country that describes a name is still needed: "Kenya's High Court" is not any High Court (a rule
    # dropping the country before a distinctive name was taken back: it showed more near misses as support)
    ("Kenya's High Court suspended the county's order closing the livestock markets.",
     "The High Court suspended the county's order closing the livestock markets, pending a hearing.",
     "related", ["but not kenya"]),
    # whom a body elects holds the post: another person elected is another holder
    ("The assembly elected Mara Voss as its speaker by 30 votes to 12.",
     "Ilse Brandt was elected speaker of the assembly by 30 votes to 12, defeating Mara Voss.",
     "contradicts", ["'mara voss' vs 'ilse brandt'"]),
    # a winner given in a clause of its own, or with where they come from
    ("Latvian cyclist Anda Berzina won the women's road race at the Riga Classic on Sunday.",
     ("The women's road race at the Riga Classic, held on 14 April, was won by Ilze Kalnina in a sprint. "
      "Anda Berzina finished fifth."),
     "contradicts", ["'anda berzina' vs 'ilze kalnina'"]),
    ("Rower Tomas Vidal won the single sculls at the 2023 Andean Rowing Regatta.",
     "The single sculls at the 2023 Andean Rowing Regatta went to Pablo Rojas of Peru; Tomas Vidal was second.",
     "contradicts", ["vidal' vs 'pablo rojas'"]),
    # (the parts of a hyphenated name are the claim's words: "Garmisch-Partenkirchen", "super-G")
    ("Austrian skier Eva Gruber won the women's super-G at Garmisch-Partenkirchen in January 2024, her first win.",
     ("The women's super-G at Garmisch-Partenkirchen in January 2024 was won by Norway's Kari Holm, with "
      "Austria's Eva Gruber fifth."),
     "contradicts", ["'eva gruber' vs 'kari holm'"]),
    # another person in the claim's person's place, in a passage that names the claim's person in another part
    ("Harbour Athletic sacked head coach Pia Lund after a 5-0 defeat to Mill Rovers.",
     ("Harbour Athletic sacked head coach Ola Berg after a 5-0 defeat to Mill Rovers. Pia Lund, the youth "
      "coach, takes charge for now."),
     "contradicts", ["'pia lund' vs 'ola berg'"]),
    # ... but not when the passage never names the claim's person: another's like event, a near miss
    ("A court in Tarnby jailed Pia Lund for two years for selling forged wine labels.",
     "A court in Tarnby jailed Ola Berg for two years for selling forged wine labels.",
     "related", ["but not pia lund"]),
    # the winner and the side it beat swapped; "claimed the cup" is a win
    ("Harbour Athletic won the county cup, beating Mill Rovers 2-1 in the final.",
     "Mill Rovers claimed the county cup in 2025, beating Harbour Athletic 2-1 in the final.",
     "contradicts", ["'harbour athletic' vs 'mill rovers'"]),
    ("Harbour Athletic won the county cup, beating Mill Rovers 2-1 in the final.",
     "Harbour Athletic won the county cup in 2025, beating Mill Rovers 2-1 in the final.",
     "supports", ["mill rovers"]),
    # the claim's winner named by one name is no other winner ("Malee won ..." against "Malee Srisuk won ...")
    ("Thai sprinter Malee Srisuk won bronze in the 200 metres at the 2023 Asian Indoor Games.",
     "Malee won bronze in the 200 metres at the 2023 Asian Indoor Games in Bangkok.",
     "related", ["but not malee srisuk"]),
    # ... also when the claim says more of its winner than the passage repeats: where they come from, what the
    # win was for them, or the prize-winning work, named in another sentence
    ("Norwegian skier Kari Holm won the women's slalom at Levi in November 2023, her first podium.",
     "The women's slalom at Levi in November 2023 was won by Sweden's Elin Dahl, with Norway's Kari Holm tenth.",
     "contradicts", ["'kari holm' vs 'elin dahl'"]),
    ("Ana Ruiz won the 2022 Premio Costa de Poesía for her collection 'Sal y piedra'.",
     ("The 2022 Premio Costa de Poesía was awarded to the Cádiz poet Luis Mora. Ana Ruiz's 'Sal y piedra' was "
      "shortlisted."),
     "contradicts", ["'ana ruiz' vs 'luis mora'"]),
    # a year in an event's name is its edition: another year's is a near miss
    ("Slovak rider Pavel Kos won the 2024 Tour of Lake Orava.",
     "Pavel Kos won the 2023 Tour of Lake Orava, his first stage-race victory.",
     "related", ["but not 2024"]),
    # a sentence before one that opens with a quotation mark is read too (it had been dropped), and the other
    # winner is the name the clause gives first, without its quotation marks
    ("Ieva Kalns won the 2023 Baltic Fiction Prize for her novel Salt Roads.",
     "The 2023 Baltic Fiction Prize went to Tomas Lind for his novel 'Harbour Lights'. 'Salt Roads' by Ieva Kalns "
     "was on the shortlist.",
     "contradicts", ["'ieva kalns' vs 'tomas lind'"]),
    # how often something happens is what a frequency claim says: a passage must say how often too
    ("The minister has seldom left the capital since the floods of 2022.",
     "The minister visited the capital's flood defences after the floods of 2022, which forced 4,000 people from "
     "their homes.",
     "related", ["but not 'seldom left'"]),
    ("The minister has seldom left the capital since the floods of 2022.",
     "Since the floods of 2022 the minister has rarely travelled outside the capital.",
     "supports", ["minister"]),
    # rival outcomes: a thing called off or put off; the claim's outcome denied is not given
    ("The Tarnby harbour festival was cancelled because of the storm.",
     "Because of the storm, the Tarnby harbour festival has been postponed by a week.",
     "contradicts", ["'cancelled' vs 'postponed'"]),
    ("Mill Rovers sacked manager Pia Lund after a 5-0 defeat.",
     "After the 5-0 defeat, Pia Lund resigned as manager of Mill Rovers. The club said she had not been dismissed.",
     "contradicts", ["'sacked' vs 'resigned'"]),
    # (what a name is, "tango orchestra", is no party the passage must repeat)
    ("Argentine tango orchestra Orquesta Típica del Este cancelled its European tour, citing its leader's illness.",
     ("The Orquesta Típica del Este said it had postponed its European tour until the spring after its bandleader "
      "fell ill."),
     "contradicts", ["'cancelled' vs 'postponed'"]),
    # rival outcomes: how long a closure is
    ("A court ordered the temporary closure of the Tarn quarry in 2024.",
     "In 2024 a court ordered the permanent closure of the Tarn quarry over dust from blasting.",
     "contradicts", ["'temporary' vs 'permanent'"]),
    # a post given to another, in another word for giving it ("appointed" / "named", "selected" / "picked")
    ("Linnea Sörby was appointed chief executive of Trelleborg Mills in 2024.",
     "In 2024 the board of Trelleborg Mills named Anders Kvist chief executive.",
     "contradicts", ["vs 'anders kvist'"]),
    ("The Alliance party selected Mara Okoye as its candidate for Lagos East in 2024.",
     "The Alliance party picked Tunde Bello as its 2024 candidate for Lagos East.",
     "contradicts", ["'mara okoye' vs 'tunde bello'"]),
    # the claim's thing given only to be set aside: the passage says it was something else
    ("A mudslide in Rivera county destroyed 30 homes in June 2023.",
     "In June 2023 heavy flooding, rather than the mudslide first reported, destroyed 30 homes in Rivera county.",
     "contradicts", ["'mudslide' only in what the passage says it was not"]),
    ("The agency issued a flood warning for the Tarn valley after the storm.",
     "After the storm the agency issued a flood watch for the Tarn valley. A full flood warning was not needed.",
     "contradicts", ["'flood warning' only in what the passage says it was not"]),
    ("Businessman Karl Dorn was convicted of fraud by a court in Graz.",
     "A court in Graz convicted businessman Karl Dorn of tax evasion. A separate fraud charge had been dropped.",
     "contradicts", ["'fraud'"]),
    ("Kelso town council voted to ban e-scooters from the market square.",
     "Kelso town council voted to limit e-scooters in the market square to two parking bays, stopping short of a ban.",
     "contradicts", ["'ban' only in what the passage says it was not"]),
    ("A court in Tarbes fined the owner of the Pic Blanc quarry for digging without a permit.",
     ("The owner of the Pic Blanc quarry was ordered by a court in Tarbes to close the site for a month, rather "
      "than fined, for digging without a permit."),
     "contradicts", ["'fined' only in what the passage says it was not"]),
    # (a qualified thing's own qualifiers may stand between the mark and it)
    ("Qatari swimmer Yousef Al-Mansoori set a national junior record of 23.10 seconds in the 50 m freestyle.",
     ("Al-Mansoori's 23.10 in the 50 m freestyle set a new championship record, although it fell just short of the "
      "Qatari national junior record."),
     "contradicts", ["'junior record' only in what the passage says it was not"]),
    # ... but not what the claim sets aside itself ("wine from outside the region under the appellation label")
    (("The Vale do Sorraia wine board fined a producer for selling wine from outside the region under the "
      "appellation label."),
     ("The Vale do Sorraia wine board fined a producer for selling wine from outside the region under the "
      "appellation label, the first such penalty in its history."),
     "supports", ["sorraia"]),
    # a qualifier the passage gives alone just after a "not" or "rather than" is set aside with its thing
    ("Jamaica's transport ministry said 100 electric buses will join Kingston's public bus fleet by the end of 2026.",
     ("The ministry said 100 hybrid diesel-electric buses, not fully electric ones, will join Kingston's public fleet "
      "by the end of 2026."),
     "contradicts", ["'electric buses' only in what the passage says it was not"]),
    ("The US Food and Drug Administration granted accelerated approval to Halcyon Therapeutics' drug velostat.",
     ("The FDA granted full approval to Halcyon Therapeutics' velostat, rather than the accelerated pathway the "
      "company first sought."),
     "contradicts", ["'accelerated approval' only in what the passage says it was not"]),
    # ... but not a word in a clause that negates something else ("3,500 fish were never recovered")
    ("Icelandic fish farmer Sæbjörg Eldi was fined 120 million krónur after farmed salmon escaped from its pens.",
     ("In 2024 Sæbjörg Eldi was fined 120 million krónur after farmed salmon escaped from its sea pens. About 3,500 "
      "fish were never recovered."),
     "supports", ["sæbjörg eldi"]),
    # a record the claim calls something, though tagged an adjective ("a record 95,000 visitors")
    ("The Festival des Bagadoù in Quimperlé drew a record 95,000 visitors.",
     "Attendance at the Festival des Bagadoù in Quimperlé reached 95,000, short of the record of 102,000 in 2019.",
     "contradicts", ["'record' only in what the passage says it was not"]),
    # words put otherwise: the passage's may hold a name beside a word of its own ...
    ("Twelve captive-bred pink pigeons were released on Mauritius' Île aux Aigrettes.",
     "Twelve captive-bred Mauritius kestrels were released on Île aux Aigrettes.",
     "related", ["'pink pigeons' (the passage: 'mauritius kestrels')"]),
    # ... and the claim's are put otherwise where the passage lacks one of them ("extract" it has, "sponge" not)
    (("Cuban scientists at the Centro de Biotecnologia Marina reported that a sponge extract slowed tumour growth in "
      "mice."),
     ("Scientists at the Centro de Biotecnologia Marina reported that an extract from a sea cucumber slowed tumour "
      "growth in mice."),
     "related", ["'sponge extract' (the passage: 'sea cucumber')"]),
    # ... but who said it is no word the passage must repeat
    ("Ridership on Brantwood's light-rail line rose 18 percent in 2024, officials said.",
     "Ridership on the Brantwood light-rail line rose 18 percent in 2024, helped by new trains.",
     "supports", ["brantwood"]),
    # a law sent to a court for review is not one it struck down
    (("Portugal's Constitutional Court struck down a law that would have allowed police to use facial-recognition "
      "cameras in public squares."),
     ("Portugal's parliament passed a law in 2024 that would allow police to use facial-recognition cameras in public "
      "squares. The president sent it to the Constitutional Court for review."),
     "related", ["(the passage: 'for review')"]),
    # what a passage says was wrong is set aside too
    (("Uruguay's livestock ministry declared a sanitary emergency in Tacuarembó after confirming an outbreak of "
      "anthrax in cattle."),
     ("Uruguay's livestock ministry declared a sanitary emergency in Tacuarembó after tests confirmed bovine "
      "tuberculosis in cattle. Officials said early reports of anthrax had been wrong."),
     "contradicts", ["'anthrax' only in what the passage says it was not"]),
    # ... but "more than a year" sets nothing aside, nor a noun that only says what a name is
    ("The number of patients waiting more than a year for knee surgery fell by 10 per cent in 2024.",
     "The number of patients waiting more than a year for knee surgery fell by 10 per cent in 2024, the board said.",
     "supports", ["knee"]),
    ("Fish farmer Nordlaks Vik was fined 2 million kroner after salmon escaped from its pens.",
     "Nordlaks Vik was fined 2 million kroner after salmon escaped from its pens. Some 900 fish were never found.",
     "supports", ["nordlaks vik"]),
    ("A hailstorm destroyed a third of the vines at Quinta Alta.",
     "The hailstorm dropped hail on Quinta Alta and destroyed a third of the vines.",
     "supports", ["quinta alta"]),
    # a length of time is a count like any other, in any of its units; a year before "year" is no length
    ("The new bridge at Arvika cut the drive to the coast from two hours to 40 minutes.",
     "Since the bridge at Arvika opened, the drive to the coast has fallen from two hours to 70 minutes.",
     "contradicts", ["'40 minutes' vs '70 minutes'"]),
    ("Dock workers at Port Mirel staged a 48-hour strike over pay.",
     "Port Mirel was shut for two days as dock workers walked out over pay.",
     "supports", ["port mirel"]),
    ("The town council capped holiday lets at 60 nights a year.",
     "The town council capped holiday lets at 90 nights a year.",
     "contradicts", ["'60 nights' vs '90 nights'"]),
    ("Latin will be taught in every secondary school from the 2027-28 school year.",
     "Latin will be taught in every secondary school from the 2027-28 school year, the ministry said.",
     "supports", ["latin"]),
    # what the claim says was done, which the passage says was put off, shelved or voted down
    ("Coastal Air launched a direct route between Tarnby and Vellmouth.",
     "Coastal Air has shelved its plans for a direct route between Tarnby and Vellmouth, citing weak bookings.",
     "contradicts", ["did not happen: 'shelved'"]),
    ("The assembly of Norvia passed a law banning shark fishing in 2024.",
     "The bill banning shark fishing was voted down by the assembly of Norvia in 2024.",
     "contradicts", ["did not happen: 'voted down'"]),
    ("The Tarnby steelworks resumed production after a two-year halt.",
     "The Tarnby steelworks, idle for two years, will remain shut because it cannot secure enough power.",
     "contradicts", ["did not happen: 'remain shut'"]),
    ("The Vell dairy cooperative raised the price it pays farmers for milk in April 2024.",
     "The Vell dairy cooperative kept its milk price unchanged in April 2024 despite protests by farmers.",
     "contradicts", ["did not happen: 'kept its milk price unchanged'"]),
    # ... and what the claim says will be done, which the passage says was dropped, voted against or kept going
    ("Severnshire Police will close six front counters at police stations to save money.",
     "Severnshire Police has dropped plans to close six front counters at police stations to save money.",
     "contradicts", ["'dropped plans'"]),
    ("Fiji's public broadcaster will stop broadcasting on shortwave.",
     "Fiji's public broadcaster will keep its shortwave broadcasting running, its board decided.",
     "contradicts", ["will keep its shortwave broadcasting running"]),
    ("Carrigmore Town Council banned overnight camper-van parking on the seafront.",
     "Carrigmore Town Council voted against a ban on overnight camper-van parking on the seafront.",
     "contradicts", ["'voted against'"]),
    ("Fjord Air bought two ATR 72 aircraft for its coastal routes in 2024.",
     "In 2024 Fjord Air leased two ATR 72 aircraft for its coastal routes from an Irish lessor.",
     "contradicts", ["'bought' vs 'leased'"]),
    # ... but not a claim that says it was called off, a win over a side, nor a thing done after a delay
    ("The harbour festival in Vellmouth was cancelled because of the storm.",
     "Organisers called off the harbour festival in Vellmouth because of the storm.",
     "supports", ["vellmouth"]),
    ("Harbour Athletic beat Mill Rovers 2-1 in the county cup final.",
     "Harbour Athletic defeated Mill Rovers 2-1 in the county cup final.",
     "supports", ["mill rovers"]),
    ("The Tarnby museum reopened in 2024 after a renovation.",
     "The Tarnby museum's reopening, postponed twice, came in 2024 after a renovation.",
     "supports", ["tarnby"]),
    # thousands in words are thousands; a number that is part of a name ("ATR 72", "Route 66") counts nothing
    ("Fjord Air bought two ATR 72 aircraft for its coastal routes.",
     "Fjord Air has bought two ATR 72 turboprop aircraft to serve its coastal routes.",
     "supports", ["fjord air"]),
    ("The Olmo cooperative exported 20,000 tonnes of olive oil to Jordan in 2024.",
     "In 2024 the Olmo cooperative shipped twenty thousand tonnes of olive oil to Jordan.",
     "supports", ["olmo"]),
    ("About five thousand people attended the Tarn Folk Festival in 2024.",
     "Some 5,000 people came to the Tarn Folk Festival in 2024.",
     "supports", ["tarn folk festival"]),
    # a body named by what it is before where it is, in the passage's own inflection, is the claim's
    ("Invercairn Council has voted to close three rural primary schools to save £1.2 million a year.",
     "Councillors in Invercairn approved the closure of four rural primary schools to save £1.2 million a year.",
     "contradicts", ["'three rural primary schools' vs 'four rural primary schools'"]),
    # ... and "one and a half thousand" is 1,500, not 1.5 with a thousand after it
    ("Queensland police charged two men over the theft of 1,500 beehives from farms near Toowoomba.",
     ("Two men are facing charges after one and a half thousand beehives were stolen from farms near Toowoomba, "
      "Queensland police said."), "supports", ["toowoomba"]),
    ("A court fined the owners of the trawler Sea Star 2 million rupees for fishing in a reserve.",
     "A court fined the owners of the trawler Sea Star 3 million rupees for fishing in a reserve.",
     "contradicts", ["'2 million rupees' vs '3 million rupees'"]),
    # a country placing a distinctive name need not be repeated by a passage that follows the claim's wording;
    # a generic name ("Tarnland's High Court") still needs it, as does a passage in other words
    ("Norwegian sprinter Ida Moen won the women's 200 metres at the Bergen Grand Prix in 2024.",
     "Ida Moen won the women's 200 metres at the Bergen Grand Prix in 2024, clocking 22.90 seconds.",
     "supports", ["ida moen"]),
    ("Norwegian sprinter Ida Moen won the women's 200 metres at the Bergen Grand Prix in 2024.",
     "At the 2024 Bergen Grand Prix the fastest woman over 200 metres was Ida Moen.",
     "related", ["but not norwegian"]),
    # ... but a place the passage gives in the claim's words says which High Court
    ("Kenya's High Court suspended a county order closing 40 cattle markets in Narok.",
     "The High Court suspended a county order closing 40 cattle markets in Narok until a full hearing.",
     "supports", ["narok"]),
    # the claim's own wording with other words in one place is a near miss, not support
    ("Marta Lind won the men's 400 metres hurdles at the 2024 Nordic Games in Oslo.",
     "Marta Lind won the men's 400 metres flat at the 2024 Nordic Games in Oslo.",
     "related", ["'hurdles' (the passage: 'flat')"]),
    # (a verb put otherwise is left to the rival outcomes: "beat" and "defeated" are one thing)
    ("The port authority suspended the licence of the pilot boat operator Skerry Lines in 2023.",
     "In 2023 the port authority revoked the licence of the pilot boat operator Skerry Lines for good.",
     "contradicts", ["'suspended' vs 'revoked'"]),
    ("A court in Tarnby annulled the sale of the town's water company to a private investor.",
     "A court in Tarnby upheld the sale of the town's water company to a private investor.",
     "contradicts", ["'annulled' vs 'upheld'"]),
    ("The Guadalquivir basin authority lifted irrigation restrictions for olive growers in Jaén and Córdoba.",
     ("Despite the spring rains, the Guadalquivir basin authority kept its irrigation restrictions in place for olive "
      "growers in Jaén and Córdoba."),
     "contradicts", ["'lifted' vs 'kept'"]),
    ("The Maldives Supreme Court ruled on Friday that the 2023 fisheries tax was unconstitutional.",
     "On 12 April 2024 the Supreme Court upheld the 2023 fisheries tax, finding it did not breach the constitution.",
     "contradicts", ["'unconstitutional' vs 'upheld'"]),
    ("Bergen's health board vaccinated 40,000 pupils against mumps in a three-week campaign.",
     "Bergen's health board vaccinated 40,000 pupils against rubella in a three-week campaign.",
     "related", ["'mumps' (the passage: 'rubella')"]),
    ("The medicines agency approved Norvel's drug tamazine for asthma.",
     "The medicines agency approved Norvel's drug tamazine for eczema.",
     "related", ["'asthma' (the passage: 'eczema')"]),
    # ... and a name put in the place of the claim's, another place or body ("Arvika's" / "Tarnby's")
    ("Arvika's new tram line, built by Nordbygg, will be 12 kilometres long with 20 stops.",
     "Tarnby's new tram line, built by Nordbygg, will be 12 kilometres long with 20 stops.",
     "related", ["'arvika's' (the passage: 'tarnby's')"]),
    # ... but a paraphrase rewords more than one place, and a word the passage has elsewhere is not replaced
    ("Skerry Lines retained its licence to run the pilot boats after an inquiry.",
     "After an inquiry, Skerry Lines held on to the right to run the port's pilot boats.",
     "supports", ["skerry lines"]),
    ("Bergen's health board vaccinated 40,000 pupils against mumps in a three-week campaign.",
     "Bergen's health board vaccinated 40,000 pupils in a three-week campaign. The jab protects against mumps.",
     "supports", ["mumps"]),
    # another day in the same year for the event worded otherwise
    ("A magnitude 6.2 earthquake struck near the Myanmar town of Taungbo-Sin on 14 August 2023.",
     ("The magnitude 6.2 quake that shook Taungbo-Sin in Myanmar happened shortly after midnight on 4 August 2023, "
      "the seismology department said."),
     "contradicts", ["2023-08-14 vs 2023-08-04"]),
    ("A magnitude 6.2 earthquake struck near the Myanmar town of Taungbo-Sin on 14 August 2023.",
     ("The magnitude 6.2 quake that shook Taungbo-Sin in Myanmar happened shortly after midnight on 14 August 2023, "
      "the seismology department said."),
     "supports", ["taungbo-sin"]),
    # ... but not the date of an aim
    (("Pwani Freshi listed its shares on the Nairobi Securities Exchange in October 2023, raising 1.2 billion "
      "shillings."),
     ("In May 2023 the board of Pwani Freshi said it intended to list on the Nairobi Securities Exchange and hoped to "
      "raise about 1.2 billion shillings."),
     "related", []),
    # the claim's name given only to place another thing by it: the passage is about that other thing
    ("Atlântica Air reported a net profit of 212 million euros for 2023.",
     "Ibérica Sur, a rival of Atlântica Air, reported a net profit of 212 million euros for 2023.",
     "related", ["atlântica air (the passage: 'rival of')"]),
    ("Lake Sarıgöl in central Anatolia dried up completely in the summer of 2023.",
     "Lake Akgöl, a few kilometres from Sarıgöl in central Anatolia, dried up completely in the summer of 2023.",
     "related", ["(the passage: 'kilometres from')"]),
    ("A Bratislava court sentenced former Zvolen mayor Ivan Kostka to four years in prison for bribery.",
     "Kostka's former deputy was sentenced by a Bratislava court to four years in prison for bribery in Zvolen.",
     "related", ["(the passage: ''s former deputy')"]),
    # ... not when the claim places its own thing alike ("near" is "outside")
    ("Kernow Brine Metals produced its first lithium carbonate at a pilot plant near Redruth in February 2025.",
     "At its pilot plant outside Redruth, Kernow Brine Metals produced its first lithium carbonate in February 2025.",
     "supports", ["redruth"]),
    # what the claim says will happen, told as done in a year the passage gives, is another time
    ("Agua de Cerro Alto will raise household water tariffs by 8 percent.",
     "In 2019 Agua de Cerro Alto raised household water tariffs by 8 percent, citing higher electricity costs.",
     "related", ["what will happen (the passage: 2019)"]),
    ("PT Sulawesi Nikel Raya will invest 2.1 billion dollars in a nickel smelter in Central Sulawesi.",
     ("PT Sulawesi Nikel Raya plans to invest 2.1 billion dollars in a nickel smelter in Central Sulawesi, according "
      "to its 2023 annual report."),
     "supports", ["sulawesi"]),
    # an accusation the passage itself sets aside, not a denial
    ("Police in Crete charged a 52-year-old farmer with arson over a wildfire near Archanes.",
     ("A 52-year-old farmer was charged with causing a fire through negligence, not arson, over the blaze near "
      "Archanes, police in Crete said."),
     "contradicts", ["'arson' only in what the passage says it was not"]),
    ("Police in Crete charged a 52-year-old farmer with arson over a wildfire near Archanes.",
     ("Police in Crete charged a 52-year-old farmer with arson over the blaze near Archanes. He denied starting the "
      "fire."),
     "supports", ["archanes"]),
    # a word that only rates or counts a thing, or the claim's own word said another way, is no rival kind of it
    ("A trial in northern Benin found that bed nets treated with a new insecticide cut malaria cases by 45 percent.",
     ("In the trial villages of northern Benin, bed nets treated with the new insecticide cut malaria cases by 45 "
      "percent compared with standard nets."),
     "supports", ["benin"]),
    ("Brazil's medicines regulator ordered the recall of 40 batches of a children's paracetamol syrup.",
     "Brazil's drug regulator ordered the recall of 40 batches of a children's paracetamol syrup.",
     "supports", ["paracetamol"]),
    # a qualified thing the passage gives only to set it aside, though it gives the noun plainly elsewhere
    ("Italian swimmer Sofia Randazzo set a European record in the 200 m butterfly in Rome.",
     ("In Rome, Sofia Randazzo won the 200 m butterfly in 2:05.10, a new Italian record, though still short of the "
      "European record."),
     "contradicts", ["'european record' only in what the passage says it was not"]),
    ("Luana Prates broke the South American record in the 200 metres butterfly at the championships in Rio de Janeiro.",
     ("Luana Prates won the 200 metres butterfly at the championships in Rio de Janeiro in a championship record. Her "
      "time was still 0.3 seconds outside the South American record."),
     "contradicts", ["'american record' only in"]),
    # ... but not what the claim sets aside itself, nor a superlative said as "no bigger ... has been found"
    ("The Vale do Sorraia wine board fined a producer for selling wine from outside the region under its label.",
     "The Vale do Sorraia wine board fined a producer for selling wine from outside the region under its label.",
     "supports", ["sorraia"]),
    ("Astronomers using the Karoo Deep Array have discovered a radio galaxy spanning 16 million light years.",
     ("A team working with the Karoo Deep Array has discovered a galaxy whose radio lobes stretch 16 million light "
      "years. No bigger radio galaxy has yet been identified."),
     "supports", ["karoo deep array"]),
    # a score is a count the passage must give: a preview of the final is no support, a score in words is
    ("Kwelanga Rovers beat Ntabeni United 3–1 in the final of the 2024 Kwelanga Mayoral Cup.",
     "Kwelanga Rovers beat Ntabeni United 3–1 in the final of the 2024 Kwelanga Mayoral Cup at Dumisani Stadium.",
     "supports", ["ntabeni united"]),
    ("Kwelanga Rovers beat Ntabeni United 3–1 in the final of the 2024 Kwelanga Mayoral Cup.",
     ("The 2024 Kwelanga Mayoral Cup final between Kwelanga Rovers and Ntabeni United will be played at Dumisani "
      "Stadium, the organising committee announced."),
     "related", ["but not '3–1'"]),
    ("Atlético Norte beat Unión Costera 2-1 in the final of the Copa del Litoral.",
     "Atlético Norte defeated Unión Costera by two goals to one in the final of the Copa del Litoral.",
     "supports", ["copa del litoral"]),
    # a count as the claim bounds it: "more than", "about", "fewer than"
    ("Thuan Giang's Lotus Festival drew more than 200,000 visitors in July 2025.",
     "Organisers counted about 215,000 visitors at Thuan Giang's Lotus Festival in July 2025.",
     "supports", ["lotus festival"]),
    ("Thuan Giang's Lotus Festival drew more than 200,000 visitors in July 2025.",
     "Organisers counted about 150,000 visitors at Thuan Giang's Lotus Festival in July 2025.",
     "contradicts", ["'200,000 visitors' vs '150,000 visitors'"]),
    ("Floods in Kpolobo district forced about 4,000 people from their homes in May 2024.",
     "Floods in Kpolobo district forced 4,200 people from their homes in May 2024.",
     "supports", ["kpolobo"]),
    ("Floods in Kpolobo district forced fewer than 300 people from their homes in May 2024.",
     "Floods in Kpolobo district forced 420 people from their homes in May 2024.",
     "contradicts", ["'300 people' vs '420 people'"]),
    # ... and a percentage the passage's figures make, one of another or as a change
    ("Dengue cases in Serra Alva rose by more than 40 percent in the first half of 2024.",
     "Between January and June 2024, 2,870 cases of dengue were confirmed in Serra Alva, against 1,950 a year earlier.",
     "supports", ["serra alva"]),
    ("A hailstorm destroyed about 40 percent of the apple harvest around Tazrouft in May 2024.",
     ("The hail in May 2024 wiped out some 48,000 tonnes of the 120,000-tonne apple harvest expected around "
      "Tazrouft, the directorate estimates."),
     "supports", ["tazrouft"]),
    ("Dengue cases in Serra Alva rose by 60 percent in the first half of 2024.",
     "Between January and June 2024, 2,870 cases of dengue were confirmed in Serra Alva, against 1,950 a year earlier.",
     "related", ["but not '60 percent'"]),
    # ... and a span of days gives each of them
    ("Thuan Giang's Lotus Festival drew 215,000 visitors on 12 July 2025.",
     "Organisers counted 215,000 visitors at Thuan Giang's Lotus Festival on 12 and 13 July 2025.",
     "supports", ["lotus festival"]),
    # the lower-case words a tagger takes into a name are no part of it ("Winnipeg city", "Kwelanga magistrate")
    ("Winnipeg city council voted 9-6 on Wednesday to freeze transit fares for two years.",
     ("Item 14: Transit fare freeze. At its meeting of Wednesday, 28 February 2024, council adopted the two-year "
      "fare freeze for Winnipeg. The motion carried 9-6."),
     "contradicts", ["2024-04-10 vs 2024-02-28"]),
    (("Kwelanga magistrate's court sentenced former municipal manager Lwazi Gcabashe to eight years in prison for "
      "fraud."),
     ("Lwazi Gcabashe, who served as Kwelanga's municipal manager until 2021, will spend eight years behind bars. "
      "Magistrate Nomsa Khumalo handed down the term in the Kwelanga magistrate's court after convicting him of "
      "defrauding the municipality."),
     "supports", ["lwazi gcabashe"]),
    # a name the passage writes in common words, or what it is before where it is
    ("Samira Oufkir has been appointed director of Tazrouft Provincial Hospital.",
     "The minister has appointed Dr Samira Oufkir director of the provincial hospital in Tazrouft.",
     "supports", ["samira oufkir"]),
    # ... not with other words between
    ("FC Triesenberg-Alpen reached the final of the Liechtenstein Cup for the first time.",
     "FC Triesenberg-Alpen's under-19 side reached the final of the Liechtenstein youth cup for the first time.",
     "related", ["but not liechtenstein cup"]),
    ("Samira Oufkir has been appointed director of Tazrouft Provincial Hospital.",
     ("Dr Samira Oufkir has been appointed director of the blood transfusion centre in Tazrouft, which supplies the "
      "provincial hospital."),
     "related", ["but not tazrouft provincial hospital"]),
    # the claim's own outcome is no rival of itself, though "rejected" reads as a denial
    ("Oberwaldheim town council rejected plans for a wind farm on the Kalkberg.",
     "The town council of Oberwaldheim rejected the plans for a wind farm on the Kalkberg by 14 votes to 9.",
     "supports", ["kalkberg"]),
    # another person given the post, named before the clause that gives it
    ("Ruakiwi District Council has appointed Hemi Tautahi as its chief executive.",
     ("Rachel Dunmore, currently a deputy chief executive in Hamilton, has been appointed chief executive of "
      "Ruakiwi District Council and will start in March."),
     "contradicts", ["'hemi tautahi' vs 'rachel dunmore'"]),
    ("Ruakiwi District Council has appointed Hemi Tautahi as its chief executive.",
     ("Hemi Tautahi, currently a deputy chief executive in Hamilton, has been appointed chief executive of "
      "Ruakiwi District Council and will start in March."),
     "supports", ["hemi tautahi"]),
    # the claim's winner, new holder or first, placed behind another by the passage
    ("Andrea Fuentes was elected mayor of Puerto Alcalá in the municipal elections of October 2024.",
     ("In the municipal elections of October 2024, Tomás Riquelme won the mayoralty of Puerto Alcalá with 41 "
      "percent of the vote. Andrea Fuentes came second."),
     "contradicts", ["placed behind another: 'andrea fuentes came second'"]),
    ("Vanuatu's parliament elected Obed Malvatu as its speaker.",
     "MPs in Port Vila elected Ruth Natapei as speaker, defeating Obed Malvatu by 30 votes to 22.",
     "contradicts", ["'defeating obed malvatu'"]),
    ("Chile's weather service named Carolina Pizarro as its director in May 2024.",
     ("In May 2024 the government named the climatologist Rodrigo Fuenzalida director of Chile's weather service, "
      "passing over the agency's head of forecasting, Carolina Pizarro."),
     "contradicts", ["passing over"]),
    ("The Universidad de San Aurelio elected the physicist Rosa Quintanilla as its first woman rector.",
     ("The first woman to serve as rector of the Universidad de San Aurelio was the historian Carmen Ledesma, "
      "elected in 2011. The physicist Rosa Quintanilla later became the second."),
     "contradicts", ["became the second"]),
    # ... not a book that is someone's third, another year's race, or the side the claim's winner beat
    ("Elif Karakaya's novel 'Sessiz Liman' won the Boğaziçi Novel Prize, worth 200,000 lira.",
     ("Sessiz Liman is the third novel by Elif Karakaya. It was shortlisted for the Boğaziçi Novel Prize, worth "
      "200,000 lira."),
     "related", ["shortlisted"]),
    ("Swiss skier Noemi Baumgartner won the women's super-G at Crans-Montana in February 2024.",
     "Baumgartner's best result of 2023 was second place in the super-G at Crans-Montana in February.",
     "related", []),
    ("Ittihad Bouskoura won the African Club Champions Cup, beating Nil Sporting 2-1 in the final in Rabat.",
     ("Ittihad Bouskoura beat Nil Sporting 2-1 in the final of the African Club Champions Cup in Rabat. Nil Sporting "
      "came second."),
     "supports", ["ittihad bouskoura"]),
    # a count of the same things in another word is compared
    ("Turkish carrier Efes Air has ordered 24 narrow-body jets from the planemaker Aerostra.",
     "Efes Air has signed a firm order with Aerostra for 42 narrow-body aircraft, the largest in its history.",
     "contradicts", ["'24 jets' vs '42 narrow-body aircraft'"]),
    ("Bahraini aluminium-parts maker Sitra Castings will cut 240 jobs at its plant in Hidd.",
     "Sitra Castings said about 140 posts would go at its Hidd plant, far fewer than unions had feared.",
     "contradicts", ["'240 jobs' vs '140 posts'"]),
    ("Turkish carrier Efes Air has ordered 24 narrow-body jets from the planemaker Aerostra.",
     "Efes Air has signed a firm order with Aerostra for 24 narrow-body aircraft, the largest in Turkish history.",
     "supports", ["'jets' as 'aircraft'"]),
    # the commonest words said another way count towards what the passage holds, and the reason says how
    ("Lumora Systems, a Toronto software company, laid off 120 employees, about a fifth of its workforce.",
     "Lumora Systems is a Toronto software developer. In January it cut 120 jobs, roughly 20 percent of its staff.",
     "supports", ["'employees' as 'staff'"]),
    ("Strathannan councillors voted to close three rural primary schools.",
     "Strathannan Council agreed to shut three primary schools in rural areas.",
     "supports", ["'close' as 'shut'", "'councillors' as 'council'"]),
    ("Floods in Mwambeni district have forced 1,300 families from their homes.",
     "In Mwambeni district, 1,300 households have had to leave their houses because of the floods.",
     "supports", ["'families' as 'households'"]),
    # ... but never for a name or a count the passage must give
    ("Police in Tarnow arrested 14 people in raids on an illegal betting network.",
     "Police in Tarnow detained 12 suspects in raids on an unlicensed betting network.",
     "related", ["but not '14 people'"]),
    # a country, state or nationality that only says where need not be repeated by a passage in the claim's words,
    # unless the passage names another country
    ("Chad's health ministry said it would open nine new clinics in Mongo district in 2026.",
     "The health ministry said it would open nine new clinics in Mongo district in 2026. Each will have two nurses.",
     "supports", ["mongo"]),
    ("The town council of Red Mesa, Nevada, voted to keep its public pool open all winter.",
     "The town council of Red Mesa voted to keep its public pool open all winter. Heating will cost about $40,000.",
     "supports", ["red mesa"]),
    ("India's drug regulator has approved Osan Pharma's generic version of the asthma drug bremilast.",
     "Sri Lanka's drug regulator has approved Osan Pharma's generic version of the asthma drug bremilast.",
     "related", ["but not india"]),
    # a day the passage gives for the event outweighs a year it gives in passing
    ("Peru's transport ministry reopened the Ticlio pass road on 14 March 2025.",
     "Landslides closed the Ticlio pass road in early 2025. The transport ministry reopened it on 2 April 2025.",
     "related", ["2025-03-14"]),
    # bail, asylum or leave refused is the rival of granted
    ("A court in Mombasa granted bail to the shipping agent Hassan Omar.",
     "The court in Mombasa refused bail to shipping agent Hassan Omar, saying he might flee.",
     "contradicts", ["'granted' vs 'refused'"]),
    # the claim's count given otherwise in another sentence on the same matter; not an aim, not another year's
    ("The Loskop reservoir was 81 percent full in May 2025, the water board said.",
     ("The Loskop reservoir supplies the town of Groblersdal. In May 2025 it stood at 18 percent of capacity, the "
      "water board said."), "contradicts", ["'81 percent' vs '18 percent'"]),
    ("The Loskop reservoir was 81 percent full in May 2025, the water board said.",
     "The Loskop reservoir supplies the town of Groblersdal. The water board's target is to keep it 60 percent full.",
     "related", ["but not '81 percent'"]),
    ("The Loskop reservoir was 81 percent full in May 2025, the water board said.",
     ("The Loskop reservoir supplies the town of Groblersdal. In May 2019 it stood at 18 percent of capacity, the "
      "water board said."), "related", ["but not '81 percent'"]),
    # what will be done is not told by a passage on what is, which neither does it nor speaks of what is coming
    ("Lindqvist Foods will close its bakery in Arvika, cutting 210 jobs, the company said.",
     "Lindqvist Foods' bakery is the largest employer in Arvika, with about 210 workers on two shifts.",
     "related", ["what will happen"]),
    ("Conductor Mira Holm will leave the Tamsvik Philharmonic after nine years.",
     "After nine seasons in charge, Mira Holm is stepping down as chief conductor of the Tamsvik Philharmonic.",
     "supports", ["mira holm"]),
    # ... dated or not
    ("Ontario's government said on 5 March 2024 that it will pay for insulin pumps for all adults.",
     "About 90,000 adults in Ontario live with diabetes, and many cannot afford insulin pumps.",
     "related", ["what will happen"]),
    # ... but what was to be done when the claim says may be told as done then
    ("Prime Minister Anna Lind is due to travel to Nairobi next week for the East African trade summit.",
     ("The East African trade summit was held in Nairobi on 23 and 24 April 2024. Prime Minister Anna Lind attended "
      "and spoke on tariffs."), "supports", ["anna lind"]),
    ("Prime Minister Anna Lind is due to travel to Nairobi next week for the East African trade summit.",
     "The East African trade summit is held in Nairobi every spring. Prime Minister Anna Lind spoke there in 2022.",
     "related", ["what will happen"]),
    # what will not be done may be told as called off
    ("The Lakeside Folk Weekend will not be held in 2025 after losing its main sponsor, the organisers said.",
     ("The organisers have called off the 2025 edition of the Lakeside Folk Weekend. They said the festival could not "
      "be staged without its principal sponsor."), "supports", ["lakeside folk weekend"]),
    # the same figure for another month and year, given as precisely as the claim's, is another time of the same
    ("The Orlo reservoir was 64 percent full in April 2025, the water board said.",
     ("The Orlo reservoir was 64 percent full in April 2016, the water board said. It had not been so full for a "
      "decade."),
     "related", ["but not april 2025"]),
    # a word of the claim's own is no rival kind of its term: "commuter line" for "commuter rail line"
    ("The Thiès–Dakar commuter rail line carried its first passengers in March 2025.",
     "Passenger services on the Thiès–Dakar commuter line began in March 2025, with trains every 20 minutes.",
     "related", ["'rail line'"]),
    # what the passage says was put off is not done, though it names it as a noun ("the launch of")
    ("Kochi's first electric ferry service between Vypin and Fort Kochi was launched in April 2025.",
     ("The launch of Kochi's first electric ferry service between Vypin and Fort Kochi, planned for April 2025, was "
      "postponed. The boats failed an inspection."), "contradicts", ["did not happen: 'postponed'"]),
    # the post a person is given is the claim's point; a title before the verb is no post given
    ("Tomas Varga was elected mayor of Kisbér in October 2024.",
     "In October 2024 Tomas Varga was elected to the Kisbér town council, topping his party's list.",
     "related", ["but not 'mayor'"]),
    ("The mayor of Valdemar, Ana Torres, named a retired judge as the town's new ombudsman.",
     "Ana Torres, who has run Valdemar since 2021, appointed a retired judge as the town's new ombudsman.",
     "supports", ["ombudsman"]),
    # what someone was convicted, jailed or fined for is the claim's point: another offence the passage names for the
    # same conviction contradicts it ("manslaughter" vs "murder")
    ("A court in Tartu convicted former port official Mart Kask of taking bribes.",
     ("A Tartu court convicted Mart Kask, formerly an official at the port, of embezzling harbour funds. He was "
      "never charged with bribery."), "contradicts", ["'taking bribes' vs 'embezzling harbour funds'"]),
    ("A court in Tartu convicted former port official Mart Kask of taking bribes.",
     "Mart Kask, who once worked at the port, was found guilty by a Tartu court of accepting bribes from agents.",
     "supports", ["bribes"]),
    ("A court in Tartu sentenced Mart Kask, a former head of the city's harbour office, to six years for fraud.",
     "The Tartu court jailed Mart Kask, who once ran the harbour office, for six years for accepting bribes.",
     "contradicts", ["'fraud' vs 'accepting bribes'"]),
    ("A court in Tartu sentenced Mart Kask, a former head of the city's harbour office, to six years for fraud.",
     "The Tartu court jailed Mart Kask, who once ran the harbour office, for six years for defrauding the city.",
     "supports", ["mart kask"]),
    ("Liam Dunne was jailed for nine years at Cork Circuit Court after being convicted of the manslaughter of a man.",
     ("The judge at Cork Circuit Court jailed Dunne for nine years. A jury had found him guilty of killing a man, "
      "reducing the charge from murder to manslaughter."), "supports", ["manslaughter"]),
    ("Liam Dunne was jailed for nine years at Cork Circuit Court after being convicted of the manslaughter of a man.",
     "Liam Dunne was found guilty of the murder of a man and jailed at Cork Circuit Court for at least nine years.",
     "contradicts", ["'manslaughter' vs 'murder'"]),
    # what was reported not to have happened ("no injuries were reported", "Nobody was injured") is gainsaid by a
    # passage that says it did, and told by one that says it did not in any sentence
    ("A magnitude 5.6 quake shook Ostrava on Monday morning, but no injuries were reported.",
     "The magnitude 5.6 quake that struck Ostrava on 15 April injured three people, who were hit by falling plaster.",
     "contradicts", ["'injuries' did not happen"]),
    ("A magnitude 5.6 quake shook Ostrava on Monday morning, but no injuries were reported.",
     "The magnitude 5.6 quake that struck Ostrava on 15 April caused no injuries, the fire service said.",
     "supports", ["ostrava"]),
    ("Nobody was injured in the warehouse fire in Hradec that crews from Pardubice fought.",
     "Crews from Pardubice fought the warehouse fire in Hradec for six hours. No one was hurt.",
     "supports", ["'injured' as 'hurt'"]),
    # what the claim says did not happen is its point: a passage that never speaks of it does not tell it ...
    ("The mayor of Braga, Helena Castro, did not attend the opening of the city's new bus station.",
     ("Helena Castro has been mayor of Braga since 2021. She campaigned on improving public transport and promised "
      "to build a new central bus station."),
     "related", ["but not 'attend'"]),
    # ... unless it says that something did not happen, in its own words
    ("PayKaro said no card numbers were exposed in the data breach.",
     ("PayKaro disclosed a data breach in August 2024 that affected user names. The company stated that payment card "
      "numbers had not been accessed."),
     "supports", ["paykaro"]),
    # ... also where the tagger hangs the "no" on the first word of a compound ("no tsunami warning")
    ("A magnitude 6.1 earthquake struck off the coast of Iwate Prefecture, but no tsunami warning was issued.",
     ("The magnitude 6.1 quake struck off the coast of Iwate Prefecture shortly after 4 a.m. The Meteorological "
      "Agency issued a tsunami warning for the Iwate coast and lifted it two hours later."),
     "contradicts", ["'issued' did not happen"]),
    # what was cancelled did not happen, even as a noun ("The reopening ... was cancelled")
    ("Tazrouft's municipal swimming pool reopened on Saturday after two years of renovation.",
     ("Families who turned up at Tazrouft's municipal swimming pool on Saturday found the gates locked. The "
      "reopening after two years of renovation was cancelled at the last minute."),
     "contradicts", ["'cancelled'"]),
    # a letter alone is no name ("hepatitis C")
    (("Brazil's medicines regulator granted full registration to Vireltan, a generic hepatitis C drug made by the "
      "Recife laboratory Farmanor."),
     ("Brazil's medicines regulator granted full registration to Vireltan, a generic hepatitis C drug made by the "
      "Recife laboratory Farmanor, ending imports of the treatment."),
     "supports", ["vireltan"]),
    # a country the tagger takes for a person still only says where
    ("Nepal's tourism department said climbers on Ama Dablam must carry radios from the spring season.",
     ("The tourism department said climbers on Ama Dablam must carry radios from the spring season. Radios can be "
      "hired."),
     "supports", ["ama dablam"]),
    # a figure someone only asked for is not the one decided
    ("Kelso University cut tuition fees by 15 percent in April 2025.",
     ("Kelso University reduced tuition fees by 10 percent in April 2025, less than the 15 percent that students had "
      "demanded."),
     "contradicts", ["'15 percent' vs '10 percent'"]),
    ("Kelso University cut tuition fees by 15 percent in April 2025.",
     "Kelso University reduced tuition fees by 15 percent in April 2025, as students had demanded.",
     "supports", ["kelso university"]),
    # another date for the event in another sentence of the passage, none giving the claim's
    ("The transport minister inaugurated the Kisumu–Busia railway yesterday.",
     ("The Kisumu–Busia railway is the first line in western Kenya. The transport minister inaugurated it on Monday "
      "8 April 2024 at a ceremony in Busia."), "contradicts", ["2024-04-15 vs 2024-04-08"]),
    ("The transport minister inaugurated the Kisumu–Busia railway yesterday.",
     ("Work on the Kisumu–Busia railway began on 8 April 2021. The transport minister inaugurated it at a ceremony in "
      "Busia."),
     "related", ["but not 2024-04-15"]),
    # ... nor for the passage to gainsay the claim
    ("The town council of Red Mesa, Nevada, voted to ban fireworks.",
     "The town council of Red Mesa voted to limit fireworks to New Year's Eve rather than ban them outright.",
     "contradicts", ["'ban' only in what the passage says it was not"]),
    # what is only in prospect does not say it happened: in competition, seeking, on trial, an order that could come
    ("The Valdeoro film festival awarded its Golden Olive to the drama 'Quiet Hours'.",
     "'Quiet Hours', a debut feature, is one of 14 films competing for the Golden Olive at the Valdeoro film festival.",
     "related", ["(the passage: 'competing for')"]),
    ("Nusantara Air has ordered 24 turboprop aircraft for routes in eastern Indonesia.",
     ("Nusantara Air is seeking financing for turboprops for eastern Indonesia. An order for up to 24 aircraft could "
      "be announced next month."), "related", ["(the passage: 'seeking')"]),
    ("The Osterwalde regional court sentenced a 34-year-old man to life imprisonment for murdering his partner.",
     "The trial of a 34-year-old man accused of murdering his partner opened at the Osterwalde regional court.",
     "related", ["(the passage: 'trial of')"]),
    ("The Osterwalde regional court sentenced a 34-year-old man to life imprisonment for murdering his partner.",
     ("At the end of his trial, the Osterwalde regional court sentenced the 34-year-old man to life imprisonment for "
      "murdering his partner."), "supports", ["osterwalde"]),
    # a noun that only says what a name is need not be repeated: the name says which
    ("Danish furniture maker Fyrholm Møbler will close its factory in Vejle, cutting 210 jobs.",
     "Fyrholm Møbler will close its factory in Vejle at the end of the year, cutting 210 jobs.",
     "supports", ["fyrholm møbler"]),
    ("Austrian cable-car builder Gipfelbahn AG opened a new gondola at Lech in December 2024.",
     "Gipfelbahn AG opened a new gondola at Lech in December 2024, replacing a chairlift built in 1979.",
     "supports", ["gipfelbahn ag"]),
    # a people's word the tagger takes for a person only says where, as any other does
    ("Sri Lankan spice exporter Ratnapura Spices has agreed to buy the Kelani estate for 1.4 billion rupees.",
     "Ratnapura Spices has agreed to buy the Kelani estate for 1.4 billion rupees, adding 300 hectares of cinnamon.",
     "supports", ["ratnapura spices"]),
    # a word the passage has only in a name is not had: "opera" in "Helsinki Opera"
    ("Finnish composer Aino Laakso's opera 'Winter Light' premiered at the Helsinki Opera.",
     "Laakso's ballet 'Winter Light' premiered at the Helsinki Opera in March 2024 with a cast of forty dancers.",
     "related", ["'opera' (the passage: 'ballet')"]),
    ("Finnish composer Aino Laakso's opera 'Winter Light' premiered at the Helsinki Opera.",
     "Laakso's opera 'Winter Light' premiered at the Helsinki Opera in March 2024 with a cast of forty singers.",
     "supports", ["winter light"]),
    # a word made with "no" is no negation, nor is "left it no choice"
    (("Ana Ruiz threw the first no-hitter in the history of the Monterrey Jaguars in a 2-0 win over the Saltillo "
      "Saraperos."),
     ("Ana Ruiz threw the first no-hitter in the history of the Monterrey Jaguars, striking out nine batters in a 2-0 "
      "win over the Saltillo Saraperos."), "supports", ["ana ruiz"]),
    (("The Karoo municipality will raise electricity tariffs by 9 percent from 1 July 2025, citing higher bulk "
      "electricity costs."),
     ("The Karoo municipality will raise electricity tariffs by 9 percent from 1 July 2025. The mayor said higher bulk "
      "electricity costs from the national utility left the council no choice."), "supports", ["karoo"]),
    # a year before one thing is its year, not a count: another year's is another survey
    ("A 2022 aerial survey counted 310 wild horses in the Pryor Mountains.",
     "A 2022 aerial survey counted 310 wild horses in the Pryor Mountains, up from 260 five years earlier.",
     "supports", ["pryor mountains"]),
    ("A 2022 aerial survey counted 310 wild horses in the Pryor Mountains.",
     "A 2019 aerial survey counted 310 wild horses in the Pryor Mountains, up from 260 five years earlier.",
     "related", ["but not 2022"]),
    # the claim's words put otherwise: a possessive or a hyphenated word with a capital is a common word too, and
    # the words both sentences end with may be longer
    ("Lena Hofer won the women's World Cup slalom in Flachau, her first victory at that level.",
     "Lena Hofer won the women's World Cup super-G in Flachau, her first victory in that discipline.",
     "related", ["'slalom' (the passage: 'super-g')"]),
    ("The Cameroon Handball Federation appointed Paul Ekane as head coach of the women's national team.",
     "The Cameroon Handball Federation appointed Paul Ekane as head coach of the men's national team.",
     "related", ["'women' (the passage: 'men')"]),
    ("The Kelso Trust bought the portrait at auction in London for 2 million pounds to hang in its main gallery.",
     ("The Kelso Trust bought the portrait at auction in London for 2 million pounds to lend to a touring exhibition "
      "of old masters."), "related", ["'hang in its main gallery'"]),
    # another club in the claim's one's place: a word the two names share is not the claim's club named
    ("Kinsale Rowing Club won the senior fours at the Munster Rowing Championships for the third year in a row.",
     ("Tralee Rowing Club won the senior fours at the Munster Rowing Championships, ending Kinsale Rowing Club's run "
      "of two straight titles."), "contradicts", ["'kinsale rowing club' vs 'tralee rowing club'"]),
    # a title taken is a title won
    ("Belgian cyclist Wout Verhaegen won the 2024 Ronde van Limburg by 20 seconds.",
     ("France's Luc Morel took the overall title at the 2024 Ronde van Limburg. He held off Wout Verhaegen by 20 "
      "seconds on the final climb."), "contradicts", ["'wout verhaegen' vs 'luc morel'"]),
    # reaching the final is not winning it
    ("Slovak basketball club Levice Patriots won the Slovak Cup for the first time in 2024.",
     ("Levice Patriots is a basketball club from western Slovakia. In 2024 it reached the final of the Slovak Cup for "
      "the first time in its history."), "related", ["(the passage: 'reached the final')"]),
    # a country given as where, after a place the claim names, need not be repeated
    ("High Court judge Ana Pérez ordered a halt to logging near the Maya Hills in southern Belize.",
     ("Farmers sued in 2024 to stop a logging concession. High Court judge Ana Pérez ordered a halt to logging near the "
      "Maya Hills until an environmental assessment is completed."), "supports", ["ana pérez"]),
    # what the claim says of its names may be said in words of the same sense ("won" as "winner", "explosion" as
    # "blast")
    ("Amina Juma, the warden of Selous Game Reserve, won the 2024 Ranger Prize.",
     ("The winner of the Ranger Prize for 2024 is Amina Juma, who runs Selous Game Reserve. She received the award at "
      "a ceremony in Arusha."), "supports", ["'won' as 'winner'"]),
    ("A federal jury in Tulsa found Redfork Energy liable for $12 million in damages over a 2022 explosion.",
     ("Jurors in the federal court in Tulsa ordered Redfork Energy to pay 12 million dollars over a blast at its plant "
      "in 2022."), "supports", ["'explosion' as 'blast'"]),
    # a share in words is the claim's count: a percentage within five points gives it ...
    ("The Halbach Institute said its nasal flu vaccine cut hospital admissions by a third in a trial.",
     ("In the Halbach Institute trial, adults given the nasal flu vaccine were admitted to hospital about 33 percent "
      "less often."), "supports", ["halbach"]),
    # ... and "one in every three" is a third
    ("A hailstorm destroyed about a third of the vineyards in the parish of Santa Marta, the municipality said.",
     ("Hail fell on the parish of Santa Marta for twenty minutes. Municipal technicians estimated that one in every "
      "three hectares of vineyards was destroyed."), "supports", ["santa marta"]),
    # ... but a passage that gives no share does not ("a third" is a share, not an ordinal)
    ("The Halbach Institute said its nasal flu vaccine cut hospital admissions in a trial by a third.",
     "In the Halbach Institute trial, the nasal flu vaccine cut hospital admissions among adults over 65.",
     "related", ["but not 'a third'"]),
    # "nine out of ten patients" is a share, not a count of ten patients
    ("Nine out of ten patients in the Karoo trial were cured.",
     "In the Karoo trial, 90 percent of patients were cured.",
     "supports", ["karoo"]),
    ("Nine out of ten patients in the Karoo trial were cured.",
     "In the Karoo trial, 70 percent of patients were cured.",
     "contradicts", ["'nine out of ten' vs '70 percent'"]),
    # all of the claim but who did it, which the passage gives to another: another holder of the claim's act
    (SURVEY, ("The survey that found high blood pressure in 31 percent of adults in Madhya Pradesh was carried out by "
              "the Vindhya Health Research Trust, which visited 12,000 homes."),
     "contradicts", ["'narmada public health foundation' vs 'vindhya health research trust'"]),
    # ... who reported it too, a title before the other's name left out
    ("Dengue cases in Itabuna Nova fell by 40 percent after the release of Wolbachia mosquitoes, Dr Ana Ribeiro "
     "reported.",
     ("The 40 percent fall in dengue cases in Itabuna Nova after Wolbachia mosquitoes were released was reported by "
      "Prof. Carlos Menezes of the state university."),
     "contradicts", ["'dr ana ribeiro' vs 'carlos menezes'"]),
    # a name after "by" that says where is nobody's
    (SURVEY, ("The survey that found high blood pressure in 31 percent of adults was run by phone across Madhya "
              "Pradesh."), "related", ["but not narmada public health foundation"]),
    # the claim's name that is not who did it (whom a court jailed) is no agent another can replace
    ("Belfast Crown Court jailed Declan Morrow for four years for causing death by dangerous driving.",
     ("Belfast Crown Court jailed Kieran Walsh for four years for causing death by dangerous driving, in a case "
      "brought by the Public Prosecution Service."), "related", ["but not declan morrow"]),
    # a name written with a hyphen is one name, as a passage writes it
    ("The Kwa-Lindela municipal council removed mayor Nomvula Khanyile in a motion of no confidence.",
     "The Kwa-Lindela municipal council removed mayor Nomvula Khanyile in a motion of no confidence on 11 June.",
     "supports", ["kwa-lindela"]),
    # a person's age counts them, not years: another age of the same person contradicts ...
    ("Police in Thunder Ridge charged a 34-year-old man with arson after a fire destroyed the curling rink.",
     "Police in Thunder Ridge charged a 41-year-old man with arson after the fire at the curling rink.",
     "contradicts", ["'34-year-old' vs '41 year-old man'"]),
    # ... another person's age does not
    ("A 34-year-old Bellambra man has been charged with manslaughter over a fatal crash on Corella Road.",
     ("Detectives have charged a man from Bellambra, aged 34, with manslaughter after the crash on Corella Road that "
      "killed a 52-year-old motorcyclist."), "supports", ["bellambra"]),
    # ... nor a length of time
    ("Police in Thunder Ridge, Manitoba, charged a 34-year-old man with arson after a fire destroyed the curling rink.",
     "Canola yields in western Manitoba came in above the five-year average despite a dry July.",
     "related", ["but not"]),
    # a thing's age is its years
    ("Archaeologists unveiled a 3,000-year-old limestone statue of a priest near Luxor.",
     ("Experts dated the limestone priest statue unveiled near Luxor to the Ptolemaic period, about 2,300 years ago, "
      "from its inscription."), "contradicts", ["'3,000-year-old' vs"]),
    # what a figure was before is no rival of what it is now ...
    ("An expressway linking Thanh Lam with the port of Cua Dong has opened, cutting the journey time to 90 minutes.",
     ("Since the expressway between Thanh Lam and Cua Dong port opened, the trip takes an hour and a half instead of "
      "nearly four hours."), "supports", ["cua dong"]),
    # ... unless the claim gives it as what it is now
    ("The Ter-Fluvia water board cut irrigation allowances for farmers in the Emporda from 40 percent to 25 percent.",
     "The Ter-Fluvia water board has cut irrigation allowances in the Emporda to 25 percent, down from 40 percent.",
     "supports", ["ter-fluvia"]),
    # a figure someone feared is not the one that came about
    ("The Ter-Fluvia water board cut irrigation allowances for farmers in the Emporda by 40 percent.",
     ("The Ter-Fluvia water board has cut irrigation allowances in the Emporda by 25 percent, less than the 40 percent "
      "farmers had feared."), "contradicts", ["'40 percent' vs '25 percent'"]),
    # all of the claim but its person, with another person in the post the claim gives its person
    ("Prosecutors in Jalisco have charged Octavio Ruelas, mayor of San Jerónimo del Valle, with embezzling 12 million "
     "pesos.",
     ("Jalisco's prosecutors have charged the mayor of San Jerónimo del Valle, Héctor Villaseñor, with embezzling 12 "
      "million pesos."), "contradicts", ["'octavio ruelas' vs 'héctor villaseñor'"]),
    ("Gerrit Lötter, the former manager of Rooiheuwel Estate, was granted bail of R20,000 in Stellenbosch.",
     "The former manager of Rooiheuwel Estate, Anton Groenewald, was granted bail of R20,000 in Stellenbosch.",
     "contradicts", ["'gerrit lötter' vs 'anton groenewald'"]),
    # the place the post is of is nobody in it
    ("Tlacoyan municipal president Mariela Cuautle inaugurated a water treatment plant that will serve 45,000 "
     "residents.",
     ("The municipal president of Santa Rosa Xaltepec, Tlacoyan's neighbour to the north, inaugurated a water "
      "treatment plant that will serve 45,000 residents."), "related", ["but not mariela cuautle"]),
    # a plea of not guilty says nothing of the verdict ...
    ("A Christchurch jury found former rugby club treasurer Graham Pettigrew guilty of stealing $180,000 from the "
     "club.",
     ("Former rugby club treasurer Graham Pettigrew has pleaded not guilty to stealing $180,000 from the club, at the "
      "start of his trial in Christchurch."), "related", ["graham pettigrew"]),
    # ... but gainsays a plea of guilty
    ("Former rugby club treasurer Graham Pettigrew pleaded guilty to stealing $180,000 from the club.",
     "Former rugby club treasurer Graham Pettigrew has pleaded not guilty to stealing $180,000 from the club.",
     "contradicts", ["a negation"]),
    # what was done, told as still to come, is not told
    ("KH Zielonka won the Polish ice hockey championship.",
     ("KH Zielonka will face Orły Tarnowo in the final of the Polish ice hockey championship, a best-of-seven series "
      "starting on Friday."), "related", ["what happened (the passage tells what will)"]),
    # ... unless the sentence tells something done too: what is to come follows from it
    ("A court in Nakuru sentenced Joseph Kiprono, a former county procurement officer, to seven years in prison for "
     "embezzling 42 million shillings.",
     ("Joseph Kiprono, who ran procurement for Nakuru county, will spend the next seven years in prison after a court "
      "found he had embezzled 42 million shillings."), "supports", ["joseph kiprono"]),
    # what the passage sets a thing against is not what it was
    ("Sarawak declared the Batang Lupar wetlands a national park covering 36,000 hectares.",
     ("Sarawak gave the 36,000-hectare Batang Lupar wetlands the status of a wildlife sanctuary. Unlike a national "
      "park, a sanctuary is closed to visitors."), "contradicts",
     ["'national park' only in what the passage says it was not"]),
    # ... nor a record that stayed out of reach
    ("Swimmer Lena Auerbach set a European record in the women's 200 metres backstroke in Berlin.",
     ("Lena Auerbach won the women's 200 metres backstroke in Berlin in a German record of 2:05.12. The European "
      "record stayed out of reach by more than a second."), "contradicts",
     ["'european record' only in what the passage says"]),
    # a hyphenated place name is a name, not a term of the claim
    ("The Valmont-sur-Orne jazz festival said on Monday that it had sold a record 41,000 tickets.",
     ("Organisers of the jazz festival in Valmont-sur-Orne announced on 15 April 2024 that a record forty-one thousand "
      "tickets had been sold."), "supports", ["valmont"]),
    # "at no charge" is free, no negation
    ("Ravensholm mayor Ingrid Solberg said the city would give free laptops to 3,000 pupils starting secondary school.",
     ("Some three thousand pupils starting secondary school in Ravensholm will each receive a laptop at no charge, "
      "mayor Ingrid Solberg said."), "supports", ["ingrid solberg"]),
    # "no-confidence" is a kind of motion, no negation of the claim
    ("The Valdora regional assembly passed a no-confidence motion against transport councillor Bruno Ferrante by 41 "
     "votes to 30.",
     ("After a long debate on bus fares, the Valdora regional assembly passed a no-confidence motion against transport "
      "councillor Bruno Ferrante by 41 votes to 30."), "supports", ["bruno ferrante"]),
    # a vote against, with its tally, undoes the claim's act
    ("Tarrow District Council voted 7 to 4 to add fluoride to the water supply in Kell Bay.",
     "Tarrow District Council voted 7 to 4 against adding fluoride to the water supply in Kell Bay.",
     "contradicts", ["voted 7 to 4 against"]),
    # another person in the post the claim gives its person: beside the name, after "of" and a title
    ("Glenmore Community School will ban phones for all pupils from September 2024, its principal, Mary Keane, said.",
     ("Glenmore Community School will ban phones for all pupils from September 2024, its principal, John Tierney, "
      "said."), "contradicts", ["'mary keane' vs 'john tierney'"]),
    ("The rector of the University of Pinares, Tomás Ibarra Soto, announced a 10 percent cut in tuition fees.",
     "The University of Pinares's rector, Elena Vidal Fuentes, announced a 10 percent cut in tuition fees.",
     "contradicts", ["'tomás ibarra soto' vs 'elena vidal fuentes'"]),
    ("Kwara State health commissioner Dr Amina Bello confirmed 140 suspected cholera cases in Ilorin.",
     "At a briefing, Kwara's commissioner for health, Dr Tunde Adeyemi, confirmed 140 suspected cholera cases in Ilorin.",
     "contradicts", ["'amina bello' vs 'tunde adeyemi'"]),
    # a rate's time is not what is counted
    ("The Lisvane cable car reopened after a two-year refit.",
     "The Lisvane cable car carried about 500,000 passengers a year before it closed for repairs.",
     "related", []),
    # "lower" says no kind of fee
    ("The University of Marrowdale announced a 10 percent cut in tuition fees for first-year students.",
     "Students at the University of Marrowdale have occupied the library. They want lower fees and more grants.",
     "related", []),
    # decades are years
    ("The Kelburn lido reopened in 2023, 30 years after it closed.",
     "The Kelburn lido reopened in 2023, three decades after it closed.", "supports", ["kelburn"]),
    # "75 of his prints" are prints
    ("The Ostrava Gallery will show 120 woodblock prints by the engraver Tomas Halik this summer.",
     ("The engraver Tomas Halik gets a retrospective this summer. The Ostrava Gallery will show 75 of his woodblock "
      "prints."), "contradicts", ["'120 woodblock prints' vs '75 of his woodblock prints'"]),
    # a strike ended is told by its being called off; what is stopped is still gainsaid by its going on
    ("Bus drivers in Corvale ended a five-day strike after the city agreed to hire 150 more drivers.",
     "Bus drivers in Corvale called off their five-day walkout once the city promised to recruit 150 extra drivers.",
     "supports", ["corvale"]),
    ("Radio Kiribati will stop broadcasting on shortwave.",
     "Radio Kiribati will keep its shortwave service running, its board decided.",
     "contradicts", ["the passage says it did not happen"]),
    # the same month of another year is another round of a yearly thing; another month of the same year is not
    ("Lakeview Dairy raised the price of its milk by 6 percent in May 2023.",
     "Lakeview Dairy raised the price of its milk by 6 percent in May 2022.", "related", ["but not may 2023"]),
    ("Lakeview Dairy raised the price of its milk by 6 percent in May 2023.",
     "Lakeview Dairy raised the price of its milk by 6 percent in July 2023.", "contradicts", ["may 2023 vs july 2023"]),
    # a claim dated to its week against another year's event: another flood
    ("Flooding forced 8,000 people from their homes in Bundara last week.",
     "In March 2022 flooding forced 8,000 people from their homes in Bundara.", "related", []),
    # a weekday before a count is still the claim's date
    ("Parishioners in Dunmoyle held the first Mass in their restored church on Sunday, 40 years after it closed.",
     ("Parishioners in Dunmoyle held the first Mass in their restored church on Sunday 7 April 2024, forty years after "
      "it closed."), "contradicts", ["2024-04-14 vs 2024-04-07"]),
    # a figure the claim says was reached is the support's to give
    ("Visitor numbers at the Kowhai springs rose 12 percent in 2023 to 210,000.",
     "Visitor numbers at the Kowhai springs rose 12 percent in the first half of 2023 to 95,000.",
     "related", ["but not '210,000'"]),
    # the parties of an outcome keep a hyphenated name whole
    ("The KwaZulu-Natal health department suspended Dr Lena Mthembu, chief executive of Ilembe Hospital.",
     ("Dr Lena Mthembu, chief executive of Ilembe Hospital, was fired by the KwaZulu-Natal health department after a "
      "hearing."),
     "contradicts", ["'suspended' vs 'fired'"]),
    # the date of a call to resign is not the resignation's
    ("Tasman's health minister Dale Curnow resigned yesterday.",
     ("Opposition MPs called on Tasman's health minister Dale Curnow to resign on 14 April 2024 over hospital waiting "
      "lists."), "related", []),
    # pay is salary
    ("Members of the Kisumu Nurses' Union called off a six-day strike after accepting a 5 percent pay rise.",
     "The Kisumu Nurses' Union ended its six-day walkout once members voted to take a five per cent salary increase.",
     "supports", ["'pay' as 'salary'"]),
    # an ordinal in figures is the support's to give
    ("The town of Kelsmoor marked the 25th anniversary of the 1999 dam collapse that killed 14 people.",
     "The town of Kelsmoor marked the 20th anniversary of the 1999 dam collapse that killed 14 people.",
     "related", ["but not '25th'"]),
    # the year of a named prize, and a year split across two, is one round of it
    ("Chilean poet Marisol Quintana won the 2022 Arbela Prize for poetry.",
     "Chilean poet Marisol Quintana won the 2021 Arbela Prize for poetry.", "related", ["but not 2022"]),
    ("Dunmere County Council approved a £96 million budget for 2024/25, including a 2.99 percent tax rise.",
     "Dunmere County Council approved a £96 million budget for 2023/24, including a 2.99 percent tax rise.",
     "related", ["but not 2024"]),
    # an age and a magnitude after "of" are read on their scale
    ("Kenyan painter Wanjiru Ndegwa has died at the age of 79.",
     "Wanjiru Ndegwa, the Kenyan painter, has died aged 81, her gallery said.",
     "contradicts", ["'age of 79' vs 'aged 81'"]),
    ("A magnitude 5.9 earthquake struck the Bolivian province of Tarqui.",
     "The earthquake that struck Tarqui province had a magnitude of 5.2, Bolivia's seismological observatory said.",
     "contradicts", ["'magnitude 5.9' vs 'magnitude of 5.2'"]),
    # an acronym can be what is counted
    ("The port of Kuala Berang handled a record 2.8 million TEU in 2022.",
     "The port of Kuala Berang handled a record 2.3 million TEU in 2022, up 5 percent on the year before.",
     "contradicts", ["'2.8 million teu' vs '2.3 million teu'"]),
    # a number after a model's letter and hyphen is no count
    ("The Andean Air Force took delivery of three Condor K-7 jets.",
     "The Pampas Air Force took delivery of three Condor K-7 jets.", "related", ["andean air force"]),
    # "a failed" thing denies nothing
    ("The website of Vantaa-based insurer Kesko Mutual was offline for nine hours on 4 May 2024 after a failed "
     "software update.",
     ("The website of Vantaa-based insurer Kesko Mutual was offline for nine hours on 4 May 2024 after a failed "
      "software update, and policyholders were unable to file claims."), "supports", ["kesko mutual"]),
    # a "not" does not reach past a preposition to set a word aside
    ("A fault at card processor Lumipay left shops across Finland unable to take cards for three hours on 9 May 2024.",
     ("For three hours on 9 May 2024 shoppers across Finland could not pay by card after an outage at Lumipay, the "
      "card processor said."), "supports", ["lumipay"]),
    # amounts on their scale
    ("Ondo University received a ₦3.5 billion grant to build a sickle-cell research centre.",
     "Ondo University has received a grant of 3,500 million naira to build a sickle-cell research centre.",
     "supports", ["ondo university"]),
    ("The Pallavi Institute received a 300 crore rupee grant for battery research.",
     "The Pallavi Institute was awarded ₹3,000 million for battery research.", "supports", ["pallavi institute"]),
    # the last part of a hyphenated post is the post
    ("Kumasi Polytechnic's vice-chancellor, Abena Darko-Mensah, announced a new engineering faculty.",
     "Kumasi Polytechnic's vice-chancellor, Kofi Boateng, announced a new engineering faculty.",
     "contradicts", ["'abena darko-mensah' vs 'kofi boateng'"]),
    # another side beaten in the claim's own words
    ("Northern Kiwi beat Harbour Gulls 21-17 in the final of the Tasman Sevens Cup in Nelson.",
     "Northern Kiwi beat Coastal Terns 21-17 in the final of the Tasman Sevens Cup in Nelson.",
     "contradicts", ["'harbour gulls' vs 'coastal terns'"]),
    # the claim's act told in the passive is no undoing
    ("Rio Claro beat Esporte Sertão 2-0 on 3 March 2024 to win the Taça Serrana.",
     ("Esporte Sertão were beaten 2-0 in the Taça Serrana final on 3 March 2024, and the win gave Rio Claro the "
      "trophy."), "supports", ["rio claro"]),
    # what someone only called for undoes nothing
    ("Hungary's government extended the cap on fuel prices until the end of March 2025.",
     "Hauliers in Hungary have called for the cap on fuel prices to be scrapped.", "related", []),
    # "maiden" is first, "a trio of" is three
    ("A rocket built by the Altiplano Space Institute reached 90 kilometres on its first flight.",
     "On its maiden launch the Altiplano Space Institute's rocket climbed to 90 kilometres.",
     "supports", ["altiplano space institute"]),
    ("The city council of Villa Serrano voted last week to close three public swimming pools.",
     "On 10 April 2024 councillors in the city of Villa Serrano voted to close a trio of public swimming pools.",
     "supports", ["villa serrano"]),
    # a rival kind and another date too: another event
    ("The Vasai Institute of Science received a 200 crore rupee government grant for quantum computing research earlier this month.",
     "In 2023 the Vasai Institute of Science received a 200 crore rupee government grant for semiconductor research.",
     "related", []),
    # a rival kind only where everyone the claim names is named
    ("The Competition Board fined Durban delivery app Kwikbox R30 million for abusing its dominance.",
     "The Competition Board fined Pretoria taxi app Ryde R30 million for abusing its dominance.", "related", []),
    # a figure reached from another keeps its unit
    ("The Sapporo High Court cut the prison sentence of former clerk Daiki Ono from nine years to six.",
     "The Sapporo High Court cut former clerk Daiki Ono's sentence from nine years to seven, citing his remorse.",
     "contradicts", ["'six years' vs 'seven years'"]),
    # "twelve hundred" is 1,200
    ("The Kenyan army sent 1,500 soldiers to help with flood relief in Garissa.",
     "Fifteen hundred soldiers were sent by the Kenyan army to help with flood relief in Garissa.",
     "supports", ["garissa"]),
    # another count of times for the same thing
    ("Club Deportivo Altamira won the Andean Volleyball Cup for the second time, beating Voley Cusco 3-1 in the final.",
     ("Club Deportivo Altamira lifted the Andean Volleyball Cup for a third time after beating Voley Cusco 3-1 in the "
      "final."), "contradicts", ["'for the second time' vs 'for a third time'"]),
    # a record told as what nobody did better negates nothing
    ("Hamid Ouazzani won the Rif Mountains Marathon in 2:09:40, a course record.",
     "Hamid Ouazzani crossed the line first in 2:09:40. No one had ever run the Rif Mountains Marathon course faster.",
     "supports", ["hamid ouazzani"]),
    # a name's number says which one
    ("Laos's Nam Phou 4 hydropower plant began commercial operation with a capacity of 180 megawatts.",
     "Laos's Nam Phou 1 hydropower plant began commercial operation with a capacity of 180 megawatts.",
     "related", ["but not 'phou 4'"]),
    # another price reached in the claim's currency
    ("Supermarket chain Corbridge's cut the price of a loaf of white bread to £1.10.",
     "Corbridge's has reduced the price of its white loaf to £1.20, a cut of 5p, the supermarket said.",
     "contradicts", ["'£1.10' vs '£1.20'"]),
    # "three goals to nil" is 3-0
    ("Harbour Rovers beat Kilmore Town 3-0 in the final of the Shannon Cup.",
     "Harbour Rovers beat Kilmore Town by three goals to nil in the Shannon Cup final.",
     "supports", ["harbour rovers"]),
    # a date that is the saying's dates a claim dated by when it was said; a month named alone is in the year of the
    # sentence's day
    ("Water Board officials in the Czech city of Ostrava said on Monday that 3,100 homes had lost their supply.",
     "On 8 April 2024, water board officials in Ostrava said 3,100 homes had lost their supply.",
     "contradicts", ["2024-04-15 vs 2024-04-08"]),
    ("Minera Tolten said on Monday that it had shipped its first cargo of copper from Chile.",
     "Minera Tolten finished its port terminal in February 2024 and said shipments of copper would begin soon.",
     "related", []),
    ("Port operator Baltico said on Monday that container volumes rose 9 percent in March.",
     "Port operator Baltico said on 15 April 2024 that container volumes rose 9 percent in March from a year earlier.",
     "supports", ["baltico"]),
    ("Port operator Baltico said on Monday that container volumes rose 9 percent in March.",
     "Port operator Baltico said on 15 April 2024 that container volumes rose 9 percent in February.",
     "related", ["march 2024"]),
    # the claim's winner beaten in other words ("outsprinting", "edging"), or among the runners-up
    ("Italian rider Marco Feltrin won the Giro del Montello on Sunday.",
     "Slovenian Luka Zupan won the Giro del Montello on 14 April 2024, outsprinting Italian Marco Feltrin at the line.",
     "contradicts", ["'marco feltrin' vs"]),
    ("Uganda's Joel Kiplagat won the Lakeshore Half Marathon in 59 minutes 50 seconds.",
     ("Eritrea's Samuel Tesfay won the Lakeshore Half Marathon in 59:50, edging Uganda's Joel Kiplagat in the last "
      "200 m."),
     "contradicts", ["'joel kiplagat' vs"]),
    ("Cork folk quartet Brackwater won the 2024 Liffey Folk Award for their album 'Salt and Stone'.",
     ("The 2024 Liffey Folk Award went to Sligo fiddler Aoife Brennan for 'Northlight'. Brackwater's 'Salt and Stone' "
      "was among the runners-up."),
     "contradicts", ["placed behind another"]),
    # rival outcomes: expelled / suspended, deregistered / warned, fined / licence revoked, full / conditional approval,
    # a strike / a work-to-rule, closed for a refurbishment / for good
    ("The Green Renewal party expelled councillor Ivo Mrak in May 2024 for backing the rival budget.",
     "In May 2024 the Green Renewal party suspended councillor Ivo Mrak for three months for backing the rival budget.",
     "contradicts", ["'expelled' vs 'suspended'"]),
    ("Ireland's charities regulator deregistered the Harbour Hope Trust for failing to publish its accounts.",
     "Ireland's charities regulator warned the Harbour Hope Trust over failing to publish its accounts on time.",
     "contradicts", ["'deregistered' vs 'warned'"]),
    ("Estonia's financial watchdog fined payments firm Kuld Pay 800,000 euros for weak anti-fraud checks.",
     "Estonia's financial watchdog revoked the licence of payments firm Kuld Pay over weak anti-fraud checks.",
     "contradicts", ["'fined' vs 'revoked'"]),
    ("Brazil's health regulator granted full approval to Vitaria's dengue vaccine for children.",
     "Vitaria's dengue vaccine for children received conditional approval from Brazil's health regulator.",
     "contradicts", ["'full' vs 'conditional'"]),
    ("Dockers at the port of Klaipeda staged a 48-hour strike in March 2024 over pay.",
     "Dockers at the port of Klaipeda staged a 48-hour work-to-rule in March 2024 over pay.",
     "contradicts", ["'strike' vs 'work-to-rule'"]),
    ("Hotel group Sandara said its beach resort in Mombasa will close for a six-month refurbishment.",
     "Hotel group Sandara said its beach resort in Mombasa will close permanently and the site will be sold.",
     "contradicts", ["'refurbishment' vs 'permanently'"]),
    # what the claim says was done, left unchanged, prevented or dropped; but what it says was kept is told by its
    # being left unchanged
    ("Peru's fisheries ministry cut the anchovy quota for the first 2025 season by 20 percent.",
     ("Peru's fisheries ministry left the anchovy quota for the first 2025 season unchanged, despite scientists' "
      "advice."),
     "contradicts", ["did not happen"]),
    ("The Busan-based charity Dasom Aid delivered 500 water filters to flood-hit villages in Sylhet.",
     ("Busan charity Dasom Aid said port delays had prevented it from delivering the 500 water filters to flood-hit "
      "villages in Sylhet."),
     "contradicts", ["did not happen"]),
    ("Councillors in Ruvumo impeached mayor Grace Ndayisenga on Monday.",
     "Councillors in Ruvumo dropped their bid to impeach mayor Grace Ndayisenga on 15 April 2024.",
     "contradicts", ["did not happen"]),
    ("The Gothenburg Court of Appeal upheld the fraud sentence of former treasurer Lars Holm.",
     "On appeal, the Gothenburg Court of Appeal left the fraud sentence of treasurer Lars Holm unchanged.",
     "supports", ["lars holm"]),
    # an amount after its currency's sign is in that currency ("HK$1.7 billion" is 1.7 billion dollars)
    ("Developer Harbourview Land sold an office tower in Mong Kok for 2.1 billion Hong Kong dollars.",
     "Harbourview Land has sold its Mong Kok office tower for HK$1.7 billion, well below its valuation.",
     "contradicts", ["'1.7 billion dollars'"]),
    ("Developer Harbourview Land sold an office tower in Mong Kok for 2.1 billion Hong Kong dollars.",
     "Harbourview Land has sold its office tower in Mong Kok for HK$2.1 billion.",
     "supports", ["harbourview land"]),
    # a scale the parse hangs beside the figure: "40 lakh rupees" is 4 million rupees
    ("Poet Anjali Menon won the Periyar Award for Poetry, worth 40 lakh rupees.",
     "The Periyar Award for Poetry, which carries 4 million rupees, has gone to Anjali Menon.",
     "supports", ["anjali menon"]),
    # a model's number inside its name is no count ("A330neo")
    ("Thai carrier Siam Sky ordered 12 Airbus A330neo jets in 2025.",
     "Thai carrier Siam Sky ordered 12 Airbus A330neo jets in 2025, its biggest order yet.",
     "supports", ["siam sky"]),
    # a day without its year, beside a dated day, is in that day's year
    ("Bus drivers in Tarnow ended their strike on Monday after accepting a 6 percent pay rise.",
     ("The stoppage by bus drivers in Tarnow, which began on 2 April 2024, came to an end on 15 April when their "
      "union accepted a six per cent pay rise."), "supports", ["tarnow"]),
    # "ex-" is "former"; "the north of" a country is its northern part
    ("Prosecutors in Manila charged a former director of shipping firm Bayani Lines with fraud.",
     "Manila prosecutors have brought fraud charges against an ex-director of Bayani Lines, the shipping firm.",
     "supports", ["bayani lines"]),
    ("Uganda's roads authority opened the 40-km Kitgum–Lira road in northern Uganda on 2 March 2024.",
     ("Since 2 March 2024 drivers in the north of Uganda have used the new 40-kilometre Kitgum–Lira road, which the "
      "national roads authority opened that day."), "supports", ["kitgum"]),
    # withdrawn from sale is recalled, not set aside
    ("Goa's food safety commissioner on Monday ordered a recall of Konkan Gold turmeric after tests found lead.",
     ("On 15 April 2024 the food safety commissioner in Goa directed that Konkan Gold turmeric be withdrawn from sale, "
      "because tests found lead in it."), "supports", ["konkan gold"]),
    # a failing the claim tells itself is no negation ("failures in its checks" / "its checks had failed"), but a
    # failing to do the claim's act is
    ("Latvia's central bank fined money transfer firm Rigas Send 600,000 euros for failures in its customer checks.",
     "Latvia's central bank has fined money transfer firm Rigas Send 600,000 euros, saying its customer checks had "
     "repeatedly failed.", "supports", ["rigas"]),
    ("A satellite built by students at the Tartu Space Academy reached orbit aboard a commercial rocket.",
     "The commercial rocket carrying the Tartu Space Academy's student-built satellite failed after lift-off and the "
     "satellite was lost.", "contradicts", ["negation"]),
    # another figure in another year, however long ago, is another event: a near miss
    ("Spanish carmaker Ribera Motor on Monday recalled 52,000 Lince hatchbacks over faulty airbags.",
     "Ribera Motor recalled 17,000 Lince hatchbacks in 2019 over faulty airbags, its largest recall at the time.",
     "related", []),
    # a letter after a thing's word says which one ("hepatitis B" is not "hepatitis A")
    ("Egypt's drug authority approved Nilecure's antiviral pill for hepatitis B in 2025.",
     "Egypt's drug authority approved Nilecure's antiviral pill for hepatitis C in 2025.",
     "related", ["'hepatitis b'"]),
    ("Egypt's drug authority approved Nilecure's antiviral pill for hepatitis B in 2025.",
     "In 2025 Egypt's drug authority approved Nilecure's antiviral pill for hepatitis B. It is taken once a day.",
     "supports", ["nilecure"]),
    # a charge or a trial is no verdict
    ("A former Cebu police sergeant, Dante Alcaraz, was convicted of murder over the 2020 killing of a jeepney driver.",
     ("Prosecutors charged former Cebu police sergeant Dante Alcaraz with murder over the 2020 killing of a jeepney "
      "driver; his trial began in March."), "related", ["a verdict (the passage: a charge)"]),
    # a release put off is not one called off; one drug seized is not another
    ("Finnish studio Pohjola Games delayed its racing game Frostline to 2027.",
     "Pohjola Games has cancelled Frostline, its racing game, and moved the team to a new project.",
     "contradicts", ["'delayed' vs 'cancelled'"]),
    ("Customs officers in Rotterdam seized 300 kilograms of cocaine hidden in a shipment of pineapples.",
     "Customs officers in Rotterdam seized 300 kilograms of heroin hidden in a shipment of pineapples from Costa Rica.",
     "contradicts", ["'cocaine' vs 'heroin'"]),
    # done without a thing, against done with it
    ("Austrian climber Lena Gruber reached the summit of Manaslu without supplemental oxygen in October 2023.",
     "Lena Gruber summited Manaslu in October 2023 with supplemental oxygen, her expedition organiser said.",
     "contradicts", ["without 'supplemental oxygen'"]),
    # the words a passage following the claim's puts in their place: the claim's first word too, a named peak, and
    # a post with a year after it; but not the people of the body the claim names as the doer
    ("Burglaries in the Latvian town of Valmiera fell by 12 percent in 2023.",
     "Shop thefts in the Latvian town of Valmiera fell by 12 percent in 2023.",
     "related", ["'burglaries' (the passage: 'shop thefts')"]),
    ("Indian climber Arjun Mehta summited K2 in July 2024.",
     "Indian climber Arjun Mehta summited Nanga Parbat in July 2024.",
     "related", ["'k2' (the passage: 'nanga parbat')"]),
    ("The Methodist Church of Fiji appointed the Rev. Sereana Tora as its first female bishop.",
     "The Methodist Church of Fiji appointed the Rev. Sereana Tora as its first female archdeacon in 2019.",
     "related", ["'bishop' (the passage: 'archdeacon')"]),
    ("Scientists at the Gdansk Marine Institute found that cod stocks in the bay fell by half between 2012 and 2022.",
     "A team at the Gdansk Marine Institute found that cod stocks in the bay fell by half between 2012 and 2022.",
     "supports", ["gdansk marine institute"]),
    # the opposite by its prefix, in the claim's place
    ("A court in Tartu ruled that the city's parking fines for electric scooters were unlawful.",
     "A court in Tartu ruled that the city's parking fines for electric scooters were lawful and dismissed the appeal.",
     "contradicts", ["'unlawful' vs 'lawful'"]),
    # a verb before a plural noun is no kind of it ("runs shelters" is no rival of "night shelter")
    ("The Hope Street night shelter in Leeds housed 300 rough sleepers in December 2023.",
     "Hope Street, a church charity, runs shelters in Leeds and Bradford. It depends mostly on volunteers.",
     "related", ["hope street"]),
    # a ban is told by what may no longer be done
    ("The Bavarian town of Kelbach banned lorries from its old town in 2024.",
     ("Since 2024 lorries have not been allowed to enter the old town of Kelbach, a town in Bavaria, under rules "
      "adopted to cut noise."), "supports", ["kelbach"]),
    # a date the saying's in the passage's own reporting verb, beside another date in the claim
    ("Peru's energy ministry said on Tuesday that the Ilo coal plant will close in 2028, two years earlier than "
     "planned.",
     ("Peru's energy ministry announced on Tuesday 2 April 2024 that the Ilo coal plant would close in 2028, two years "
      "ahead of schedule."), "contradicts", ["vs 2024-04-02"]),
    # what the counted word describes is counted too ("peak concurrent viewers" counts viewers)
    ("Gamer Oskar Vik set a record on the platform StreamHub with 1.8 million peak concurrent viewers.",
     "Oskar Vik's stream peaked at 1.2 million concurrent viewers, a StreamHub record.",
     "contradicts", ["vs '1.2 million concurrent viewers'"]),
    ("Gamer Oskar Vik set a record on the platform StreamHub with 1.8 million peak concurrent viewers.",
     "Oskar Vik's stream peaked at 1.8 million concurrent viewers, a StreamHub record.",
     "supports", ["streamhub"]),
    # an amount after its currency's sign, with no scale word, is a figure of the claim; so is one the tokenizer
    # keeps whole with its country's letters ("NZ$14.20")
    ("Former treasurer Ana Ruiz stole $240,000 from the Valdivia rowing club.",
     "Former treasurer Ana Ruiz stole $420,000 from the Valdivia rowing club, the court heard.",
     "contradicts", ["'$240,000' vs '420,000 dollars'"]),
    ("Former treasurer Ana Ruiz stole $240,000 from the Valdivia rowing club.",
     "Ana Ruiz, once the treasurer of the Valdivia rowing club, took $240,000 from it, the court heard.",
     "supports", ["ana ruiz"]),
    ("Dairy group Waimaru raised its forecast milk price to NZ$8.15 per kilogram of milk solids.",
     "Dairy group Waimaru raised its forecast milk price to NZ$8.51 per kilogram of milk solids.",
     "contradicts", ["'nz$8.15' vs '8.51 dollars'"]),
    ("Shipping group Kowloon Star paid HK$2.4 billion for the terminal.",
     "Kowloon Star, the shipping group, paid HK$4.2 billion for the terminal.",
     "contradicts", ["'hk$2.4 billion'"]),
    # the other way, in the claim's place
    ("Latvia's bus ridership in 2024 was up 6 percent on the year before, the transport ministry said.",
     "Latvia's bus ridership in 2024 was down 6 percent on the year before, the transport ministry said.",
     "contradicts", ["'up' vs 'down'"]),
    ("Turnout in the Daugavpils mayoral election was higher than in 2021.",
     "Turnout in the Daugavpils mayoral election was lower than in 2021, officials said.",
     "contradicts", ["'higher' vs 'lower'"]),
    # a takeover blocked is not one approved
    ("Zambia's competition commission approved the takeover of Copperline Foods by Kafue Mills.",
     "Zambia's competition commission blocked the takeover of Copperline Foods by Kafue Mills, citing higher prices.",
     "contradicts", ["'approved' vs 'blocked'"]),
    # a first place or record given a lower place; but not a lower place of another thing beside the record
    ("Jamaica welcomed 4.3 million visitors in 2024, the most on record.",
     "Jamaica welcomed 4.3 million visitors in 2024, the second-highest total on record, behind 2019.",
     "contradicts", ["'most' vs 'second-highest'"]),
    ("Kingston's container terminal handled a record 1.9 million boxes in 2024.",
     "Kingston's container terminal is the Caribbean's third-busiest. It handled a record 1.9 million boxes in 2024.",
     "supports", ["kingston"]),
    # a word the passage has only where it says it is not so is not had
    ("Latvia's regulator fined Daugava Credit Bank 2 million euros for failing to report suspicious payments.",
     ("Latvia's regulator fined Daugava Credit Bank 2 million euros for failing to report large cash "
      "payments. It found no breach of the rules on suspicious payments."),
     "related", ["'suspicious' (the passage: 'large cash')"]),
    # another distance is another race, a near miss, and its time is that race's; however often the passage gives
    # the claim's figure elsewhere
    ("Icelandic swimmer Edda Jonsdottir won the women's 200 metres butterfly at the Nordic Championships in 2:09.80.",
     "Edda Jonsdottir won the women's 100 metres butterfly at the Nordic Championships in 58.91 seconds.",
     "related", ["but not 'women's 200 metres'"]),
    ("Kazakh runner Aigerim Sadykova broke the national record in the women's 5,000 metres in Almaty.",
     ("Aigerim Sadykova broke the national record in the women's 3,000 metres in Almaty. She runs the 5,000 metres "
      "next."),
     "related", ["but not 'women's 5,000 metres'"]),
    ("Kazakh runner Aigerim Sadykova broke the national record in the women's 5,000 metres in Almaty.",
     "In Almaty, Aigerim Sadykova of Kazakhstan set a national record over 5,000 metres in the women's race.",
     "supports", ["aigerim sadykova"]),
    # years and months given together are that many months, on either side
    ("A court in Quito sentenced former mayor Rosa Cardenas to 92 months in prison for embezzlement.",
     "Rosa Cardenas, once Quito's mayor, was jailed for seven years and eight months by a court for embezzlement.",
     "supports", ["rosa cardenas"]),
    ("A court in Quito sentenced former mayor Rosa Cardenas to seven years and eight months in prison for "
     "embezzlement.",
     "A court in Quito sentenced former mayor Rosa Cardenas to 92 months in prison for embezzlement.",
     "supports", ["rosa cardenas"]),
    ("A court in Quito sentenced former mayor Rosa Cardenas to seven years and eight months in prison for "
     "embezzlement.",
     "A court in Quito sentenced former mayor Rosa Cardenas to 98 months in prison for embezzlement.",
     "contradicts", ["'seven years and eight months' vs '98 months'"]),
    # a verb the parser hangs on the next noun, though it has its own subject, is still the claim's verb
    ("Armenia banned gambling advertising on radio and posters.",
     ("Armenia restricted gambling advertising on radio to late evenings and limited the size of posters, stopping "
      "short of a ban."),
     "contradicts", ["'banned' only in what the passage says it was not"]),
    ("Armenia closed foreign-funded schools in the capital.",
     "Armenia inspected foreign-funded schools in the capital and fined two of them, stopping short of closing any.",
     "contradicts", ["'closed' only in what the passage says it was not"]),
    # what was ruled out is said not to be so
    ("Kenya's Health Ministry confirmed 14 anthrax cases in the village of Kiptere.",
     ("Laboratory tests ruled out anthrax in Kiptere, Kenya's Health Ministry said, after 14 villagers fell ill with "
      "fever."),
     "contradicts", ["a negation"]),
    # a generic word alone is no name: the end of a name the tagger cut short ("Magistrate's Court")
    ("Thabo Nkosi was granted bail of R15,000 in the Paarl Magistrate's Court on charges of stealing cattle.",
     "Thabo Nkosi was released on R15,000 bail when he appeared before a Paarl magistrate, accused of stealing cattle.",
     "supports", ["thabo nkosi"]),
    # a rally, a marathon, a race, a tour, a classic or an open alone is none in particular
    ("Chilean driver Tomás Rojas won the Atacama Sands Rally in a Nissan Patrol.",
     "Chilean driver Tomás Rojas won the Copiapó 500 Rally in a Nissan Patrol.",
     "related", ["but not atacama sands rally"]),
    ("Kenyan runner Peter Langat won the Rift Valley Marathon in 2:09:14.",
     "Kenyan runner Peter Langat won the Eldoret 42 Marathon in 2:09:14.",
     "related", ["but not rift valley marathon"]),
    # an age group makes another competition
    ("Georgian judoka Nino Beridze won gold in the women's 52 kg at the European Championships.",
     "Georgian judoka Nino Beridze won gold in the women's 52 kg at the European Junior Championships.",
     "related", ["but not european championships"]),
    # an attempt is another offence than the deed
    ("A court in Zambia sentenced Mwila Phiri to 12 years in prison for robbing a bus company's depot.",
     ("A court in Zambia sentenced Mwila Phiri to 12 years in prison for attempting to rob a bus company's depot; "
      "guards stopped him at the gate."),
     "related", ["(the offence)"]),
    # words of the same sense: a lorry is a truck, the jobless the unemployed
    ("A Polish lorry driver was arrested at Dover with 40 kg of cocaine in 2024.",
     "Border officers at Dover detained a Polish truck driver carrying 40 kg of cocaine in 2024.",
     "supports", ["'lorry' as 'truck'"]),
    ("Estonia's jobless rate rose to 7.1 percent in 2023.",
     "Unemployment in Estonia climbed to 7.1 percent in 2023.",
     "supports", ["'jobless' as 'unemployment'"]),
    # another place at the finish is a contradiction; another thing's number ("her fourth novel") is a near miss
    ("Chilean cyclist Rocío Fuentes finished second in the time trial at the Vuelta a Colombia in 2024.",
     ("Chilean cyclist Rocío Fuentes finished fourth in the time trial at the Vuelta a Colombia in 2024, 40 seconds "
      "behind the winner."),
     "contradicts", ["'second' vs 'fourth'"]),
    ("Danish author Mette Lund won the Nordic Book Prize with her second novel, 'Havet'.",
     "Mette Lund won the Nordic Book Prize with her fourth novel, 'Skoven'.",
     "related", ["but not"]),
    # a silver or bronze medal places its winner behind others: "finished third" does not gainsay "won bronze"
    ("Laotian boxer Somsak Vongsa won bronze in the men's 60 kg at the Southeast Asian Games.",
     "Somsak Vongsa of Laos finished third in the men's 60 kg at the Southeast Asian Games.",
     "related", ["somsak vongsa"]),
    # what a ruling left in place it did not strike down
    ("Georgia's Constitutional Court struck down a law allowing the government to dismiss elected mayors.",
     ("Georgia's Constitutional Court struck down a government decree allowing ministers to dismiss elected mayors, "
      "but left the underlying law in place."),
     "contradicts", ["'law' only in what the passage says it was not"]),
    # a winner named only as whose run another ended is not the winner
    ("Estonian driver Karl Tamm won the Saaremaa Rally for the third consecutive year.",
     "Estonian driver Ott Kask won the Saaremaa Rally, ending Karl Tamm's run of two straight wins.",
     "contradicts", ["'karl tamm' vs 'ott kask'"]),
    # the words of the claim's date count as given when another winner is named: the date is checked on its own
    ("Norwegian cross-country skier Ola Brekke won the Fjellheim Cup on Saturday.",
     "The Fjellheim Cup on 13 April 2024 was won by Norwegian skier Per Lunde, with Ola Brekke fourth.",
     "contradicts", ["'ola brekke' vs 'per lunde'"]),
    # a name's number joined by a hyphen says which one too: Orla-2 is another satellite than Orla-3
    ("Engineers at Kestrel Labs built Chile's Orla-3 weather satellite.",
     "Engineers at Kestrel Labs built Chile's first weather satellite, Orla-2, in 2021.",
     "related", ["'orla-3'"]),
    # a women's side is another than the one the claim names without saying so, unless the claim speaks of women
    ("Danish handball club Vejrup HK reached the Champions League quarter-finals.",
     "The women's team of Danish handball club Vejrup HK reached the Champions League quarter-finals.",
     "related", ["the passage: 'women's team'"]),
    ("Kenya's netball league has grown to twelve teams.",
     "Kenya's women's netball league has grown to twelve teams.",
     "related", ["women's netball league"]),
    ("Danish handball club Vejrup HK's women reached the Champions League quarter-finals.",
     "The women's team of Danish handball club Vejrup HK reached the Champions League quarter-finals.",
     "supports", []),
    # what the passage says may still be done, or remains allowed, was not banned
    ("Croatia banned spearfishing around the island of Vela Stina to protect its grouper.",
     ("Croatia has banned commercial netting around the island of Vela Stina to protect its grouper; spearfishing "
      "remains allowed with a permit."),
     "contradicts", ["negation"]),
    ("Peru banned the felling of shihuahuaco trees in Madre de Dios.",
     ("Peru has banned exports of shihuahuaco timber from Madre de Dios, though licensed sawmills may still fell the "
      "trees for local use."),
     "contradicts", ["only in what the passage says it was not"]),
    ("Peru banned the felling of shihuahuaco trees in Madre de Dios.",
     "Peru has banned the felling of shihuahuaco trees in Madre de Dios; the timber may no longer be sold.",
     "supports", []),
    # another offence for the claim's conviction contradicts; the same one in other words, or another year's, does not
    ("A court in Tartu convicted former customs officer Jaan Kukk of smuggling cigarettes.",
     "A Tartu court convicted Jaan Kukk, a former customs officer, of taking bribes from hauliers.",
     "contradicts", ["'smuggling cigarettes' vs 'taking bribes from hauliers'"]),
    ("A court in Tartu convicted former bank manager Jaan Kukk of defrauding pensioners.",
     "Jaan Kukk, a former bank manager, was found guilty by a Tartu court of cheating pensioners out of their savings.",
     "supports", []),
    ("A court in Tartu convicted former customs officer Jaan Kukk of smuggling cigarettes.",
     "In 2019 a Tartu court convicted Jaan Kukk, a former customs officer, of taking bribes from hauliers.",
     "related", ["(the offence)"]),
    # another place's winner, beside the claim's place, is a near miss; the claim's own place, another winner
    ("Incumbent Tamar Lomaia won a second term as mayor of Kvemo Sairme.",
     "In Zeda Gora, 25 km from Kvemo Sairme, incumbent Davit Abashidze won a second term as mayor.",
     "related", ["the passage: 'km from'"]),
    ("Incumbent Tamar Lomaia won a second term as mayor of Kvemo Sairme.",
     "In Kvemo Sairme, 25 km from Zeda Gora, incumbent Davit Abashidze won a second term as mayor.",
     "contradicts", ["'tamar lomaia' vs 'davit abashidze'"]),
    # a figure that says where a place lies is no size of the claim's thing
    ("Chile inaugurated a 4-metre telescope at the Cerro Pardo Observatory.",
     ("Cerro Pardo Observatory, 2,600 metres above sea level and 90 km east of Copiapó, has some of the clearest "
      "skies."),
     "related", ["but not '4-metre'"]),
    ("Chile inaugurated a 4-metre telescope at the Cerro Pardo Observatory.",
     "Chile has inaugurated a 2-metre telescope at the Cerro Pardo Observatory.",
     "contradicts", ["'4-metre' vs '2 metre'"]),
    # the year of a name the passage does not give is no date to gainsay: another year there is another event's
    ("Latvian biathlete Ilze Ozola qualified for the 2026 Winter Olympics.",
     "Latvian biathlete Ilze Ozola qualified for the 2025 World Championships in Lenzerheide.",
     "related", ["but not 2026, winter olympics"]),
    ("Latvian biathlete Ilze Ozola qualified for the 2026 Winter Olympics.",
     "Latvian biathlete Ilze Ozola qualified for the 2022 Winter Olympics in Beijing.",
     "related", ["but not 2026"]),
    # a one-word "name" that is only the claim's capitalised first word is found as a common word
    ("Customs officers at the port of Tema seized two tonnes of ivory in May 2024.",
     "In May 2024 Ghanaian customs agents in Tema's port found two tonnes of ivory hidden in a timber container.",
     "supports", []),
    ("Customs officers at the port of Tema seized two tonnes of ivory in May 2024.",
     "In May 2024 Ghanaian police in Tema's port found two tonnes of ivory hidden in a timber container.",
     "related", ["but not customs"]),
    # half a year is six months
    ("Serbia's volleyball federation banned Marko Ilic for six months for doping.",
     ("Marko Ilic will miss half a year of matches after Serbia's volleyball federation banned him over a positive "
      "test."),
     "supports", []),
    ("Serbia's volleyball federation banned Marko Ilic for six months for doping.",
     "Marko Ilic will miss half a season after Serbia's volleyball federation banned him over a positive drug test.",
     "related", ["but not 'six months'"]),
    # a medal is the place it is given for: second is silver, and not bronze
    ("Kazakh cross-country skier Aida Nurlanova won a silver medal in the sprint at the Asian Winter Games.",
     ("Aida Nurlanova of Kazakhstan finished second in the cross-country sprint at the Asian Winter Games, behind a "
      "Japanese skier."),
     "supports", []),
    ("Kazakh cross-country skier Aida Nurlanova won a bronze medal in the sprint at the Asian Winter Games.",
     ("Aida Nurlanova of Kazakhstan finished second in the cross-country sprint at the Asian Winter Games, behind a "
      "Japanese skier."),
     "related", ["but not 'bronze medal'"]),
    # "zero" joined to a word counts nothing; a million written out in words is one number
    ("Harlow Freight has ordered 40 electric vans.",
     ("Harlow Freight gets a grant for each zero-emission van it buys. Charging points at its depots are still "
      "scarce."),
     "related", []),
    ("Port Velka handled 3.2 million tonnes of cargo in 2023.",
     "In 2023 Port Velka handled three million two hundred thousand tonnes of cargo, its yearbook says.",
     "supports", []),
    ("Port Velka handled 3.2 million tonnes of cargo in 2023.",
     "In 2023 Port Velka handled three million five hundred thousand tonnes of cargo, its yearbook says.",
     "contradicts", ["3.2 million tonnes", "3500000 tonnes"]),
    # a condition says nothing is so, and what would be done on it was not done
    ("Bus drivers in Orlova staged a one-day strike against the pension reform last week.",
     ("Bus drivers in Orlova said they would consider a general strike if the government refused to negotiate on "
      "the pension reform."),
     "related", []),
    ("Teachers in Orlova staged a one-day strike over pay.",
     "Teachers in Orlova said they would stage a one-day strike over pay if the council refused to raise salaries.",
     "related", ["'staged' (the passage: 'would stage', if)"]),
    ("Teachers in Orlova staged a one-day strike over pay.",
     "Teachers in Orlova did not stage the one-day strike over pay, the union said.",
     "contradicts", ["negation"]),
    # a hyphenated qualifier set aside
    ("Merton Buses has ordered 25 battery-electric buses.",
     "Merton Buses' order for 25 buses is for hydrogen models rather than battery-electric ones, the operator said.",
     "contradicts", ["'electric buses' only in what the passage says it was not"]),
    ("Merton Buses has ordered 25 electric buses.",
     "Merton Buses has ordered 25 hybrid diesel-electric buses, not fully electric ones.",
     "contradicts", ["'electric buses' only in what the passage says it was not"]),
    # a people's word the tagger passes over is a name all the same
    ("Slovak dock workers staged a two-hour warning strike over pensions.",
     "Hungarian dock workers staged a two-hour warning strike over pensions.",
     "related", []),
    ("Slovak dock workers staged a two-hour warning strike over pensions.",
     "Dock workers in Slovakia staged a two-hour warning strike over pensions.",
     "supports", ["slovak"]),
    ("Lao customs officers seized 90 rifles at the Vangthong checkpoint.",
     "Thai customs officers seized 90 rifles at the Vangthong checkpoint.",
     "related", ["but not lao"]),
    # a time after a name is a count, not the name's number
    ("A court in Velmar sentenced Dario Lenk to nine years in prison for fraud.",
     "A Velmar court gave Dario Lenk 7 years in prison for fraud.",
     "contradicts", ["'nine years' vs '7 years'"]),
    # a name given only to say whose kin (or sister) another is names another
    ("A court in Velmar sentenced Dario Lenk to nine years in prison for fraud.",
     "A court in Velmar sentenced Marco Lenk, Dario Lenk's older brother, to nine years in prison for fraud.",
     "related", ["but not dario lenk"]),
    ("A court in Velmar sentenced Dario Lenk to nine years in prison for fraud.",
     "Dario Lenk's wife said a court in Velmar had sentenced Lenk to nine years in prison for fraud.",
     "supports", []),
    ("Engineers began filling the Mokoto Dam, which will hold 210 million cubic metres of water.",
     "Engineers began filling the Mokoto Dam's smaller sister reservoir, which will hold 21 million cubic metres.",
     "related", []),
    # a word after a preposition is a noun: what was submitted for approval was not yet approved
    ("Velmar's council approved a plan to build a tram depot at Kesten Yard.",
     ("The city transport company has submitted a plan for a tram depot at Kesten Yard to Velmar's council for "
      "approval."),
     "related", ["'approved' (the passage: 'plan')"]),
    # given away or sold
    ("The Kivu Book Trust donated 20,000 textbooks to secondary schools in 2023.",
     "In 2023 the Kivu Book Trust sold 20,000 textbooks to secondary schools at cost price.",
     "contradicts", ["'donated' vs 'sold'"]),
    # a count of another kind of the thing ("hunting rifles" for "assault rifles"); a scale is no kind ("lakh")
    ("Customs officers seized 180 assault rifles hidden in a fishing boat at the Marova border post.",
     "Customs officers at the Marova border post found 180 hunting rifles hidden in a fishing boat, officials said.",
     "related", ["but not 'assault rifles'"]),
    ("The Kaveri Milk Union has about 150,000 member farmers.",
     "Some 1.5 lakh farmers belong to the Kaveri Milk Union, most of them with fewer than five cows.",
     "supports", []),
    # what was said would be done is pending, and the saying's date is not the claim's
    ("Orvik Shipping opened a ferry terminal at Saltvik in June 2023.",
     ("Orvik Shipping announced in 2021 that it would build a ferry terminal at Saltvik, saying construction would "
      "take about two years."),
     "related", ["'opened' (the passage: 'that it would')"]),
    ("Orvik Shipping opened a ferry terminal at Saltvik in June 2023.",
     "Orvik Shipping said in 2021 that it would build a ferry terminal at Saltvik. The terminal opened in June 2023.",
     "supports", []),
    # an audience is counted as people; another group of people is another count
    ("The Harvest Lantern festival in Dolna drew 38,000 visitors over three days in August 2024.",
     ("About 18,000 people attended the three-day Harvest Lantern festival in Dolna in August 2024, the organisers "
      "said."),
     "contradicts", ["'38,000 visitors' vs '18,000 people'"]),
    ("The Harvest Lantern festival in Dolna drew 38,000 visitors over three days in August 2024.",
     ("About 38,000 people attended the three-day Harvest Lantern festival in Dolna in August 2024, the organisers "
      "said."),
     "supports", []),
    ("The army sent 1,500 soldiers to the flooded Velka district in May 2024.",
     "The May 2024 floods in the Velka district affected 250,000 people.",
     "related", ["but not '1,500 soldiers'"]),
    # another number for another name is another event (a country or a capitalised first word says nothing of which)
    ("The president of Korvania pardoned 2,800 prisoners on Independence Day in 2023.",
     "The president of Korvania pardoned 1,600 prisoners on Unity Day in May 2023.",
     "related", ["independence day"]),
    ("Flash floods in the Ruvo district killed 16 people, officials said.",
     "Officials in Ruvo district said 12 people were killed in the flash floods.",
     "contradicts", ["'16 people' vs '12 people'"]),
    ("Storm Lanza killed 38 people in the Philippines.",
     "Storm Lanza killed 26 people as it crossed the central islands.",
     "contradicts", ["'38 people' vs '26 people'"]),
    # a race time; one far from the claim's is another distance's
    ("Kenyan runner Joel Kiptum won the 2024 Lamu Marathon in 2:10:15.",
     "Joel Kiptum won the 2024 Lamu Marathon in 2:11:15 after a fast finish.",
     "contradicts", ["'2:10:15' vs '2:11:15'"]),
    ("Kenyan runner Joel Kiptum won the 2024 Lamu Marathon in 2:10:15.",
     "Joel Kiptum won the 2024 Lamu Half Marathon in 1:02:40.",
     "related", []),
    ("Kenyan runner Joel Kiptum won the 2024 Lamu Marathon in 2:10:15.",
     "Joel Kiptum won the 2024 Lamu Marathon after a fast finish.",
     "related", ["'2:10:15'"]),
    # pardoned or commuted
    ("The president of Korvania pardoned 2,800 prisoners on Independence Day in 2023.",
     "On Independence Day 2023 the president of Korvania commuted the sentences of 2,800 prisoners.",
     "contradicts", ["'pardoned' vs 'commuted'"]),
    # another date for a name the passage puts in the claim's place is another event
    ("The Velmar Port Authority fined Orvik Shipping for an oil spill in March 2024.",
     "The Velmar Port Authority fined Baltic Tramp Lines for an oil spill in June 2023.",
     "related", ["orvik shipping"]),
    ("The Velmar Port Authority fined Orvik Shipping for an oil spill in March 2024.",
     "The Velmar Port Authority fined Orvik Shipping for an oil spill in June 2024.",
     "contradicts", ["march 2024 vs june 2024"]),
    # another figure in another year, though the passage dates another step of it
    ("Korvania's average state pension rose to 2,850 lei a month after the September 2024 recalculation.",
     "Korvania's average state pension rose to 2,100 lei a month after the January 2023 indexation.",
     "related", ["but not '2,850 lei'"]),
    ("Korvania's average state pension rose to 2,850 lei a month after the September 2024 recalculation.",
     "Korvania's average state pension rose to 2,100 lei a month after the September 2024 recalculation.",
     "contradicts", ["'2,850 lei' vs '2,100 lei'"]),
    # a scale before a hyphen qualifies nothing; a title does
    ("Orvik Health raised 30 million euros in a Series A round led by Meseta Capital.",
     "Meseta Capital led a 30-million-euro Series A round for Orvik Health.",
     "supports", []),
    ("Velmar's mayor opened the new library on Saturday.",
     "Velmar's deputy-mayor opened the new library on Saturday.",
     "related", ["'mayor' (the passage: 'deputy-mayor')"]),
    # a name only in the claim's background says nothing of which event
    ("The summit will be held in Velmar on Friday amid signs that Korvania's influence in parts of the Soviet Union is "
     "under pressure.",
     "The Council of Heads of State of the Northern League met in Velmar on Friday 13 October 2023.",
     "contradicts", ["2024-04-19 vs 2023-10-13"]),
    ("Putin will join a summit of the Northern League, a grouping of former Soviet republics, which will be held in "
     "Velmar on Friday.",
     "The Council of Heads of State of the Northern League met in Velmar, the capital of Korvania, on Friday 13 October "
     "2023.",
     "contradicts", ["2024-04-19 vs 2023-10-13"]),
    # "ones" stands for a noun given before it
    ("Korvania plans to replace its 400 diesel buses with electric ones by 2030.",
     "Under its 2023 transport plan, Korvania will replace its 400 diesel buses with electric models by 2030.",
     "supports", []),
    # acquitted and convicted are rival verdicts, on whomever the verdict is; an earlier year's is another step
    ("A Velmar court on Wednesday acquitted pharmacy owner Dana Roles of selling counterfeit insulin.",
     "In April 2024 the pharmacy's owner, Dana Roles, was convicted of selling counterfeit insulin and jailed.",
     "contradicts", ["'acquitted' vs 'convicted'"]),
    ("The Velmar appeals court acquitted businessman Dana Roles of tax fraud in March 2024.",
     "Dana Roles was convicted of tax fraud by a Velmar court in 2021 over invoices issued by a foreign subsidiary. He "
     "has always denied wrongdoing and lodged an appeal.",
     "related", []),
    # a rival outcome in a sentence that names what the outcome is about
    ("The Orvik Folk Fair in Lower Velmar was cancelled in 2024 because of floods.",
     "Lower Velmar is a river town known for its folk fair. Because of floods in May 2024, the Orvik Folk Fair was "
     "postponed to September.",
     "contradicts", ["'cancelled' vs 'postponed'"]),
    # what there was none of until a time came before a first, unless it lasted past the claim's year
    ("Tarvona opened its first metro line in 2023.",
     "Until 2023 Tarvona had no metro line. Its first line, running 12 km, opened that year.",
     "supports", []),
    ("Tarvona opened its first metro line in 2020.",
     "Until 2023 Tarvona had no metro line. Its first line, running 12 km, opened that year.",
     "contradicts", ["a negation"]),
    # the claim's person said to finish in another place, in other words around it
    ("Korvanian runner Mila Oren finished fourth in the women's marathon at the 2023 Nordic Games.",
     "Korvania's best result in the women's marathon at the 2023 Nordic Games was fourth place, by Ada Lind. Her "
     "teammate Mila Oren finished ninth after struggling in the heat.",
     "contradicts", ["'fourth' vs 'ninth'"]),
    # a record set has one holder; finishing second elsewhere says nothing of it
    ("Sonam Tashi set a course record of 2:19:47 at the Paro Valley Marathon.",
     "The Paro Valley Marathon course record of 2:19:47 was set in 2023 by Karma Dorji Wangchuk. Sonam Tashi finished "
     "second.",
     "contradicts", ["'sonam tashi' vs 'karma dorji wangchuk'"]),
    ("Sonam Tashi set a course record of 2:19:47 at the Paro Valley Marathon.",
     "The Paro Valley Marathon was first held in 2014. Sonam Tashi, then aged 19, finished second in its first edition.",
     "related", []),
    # the claim's figure per another unit
    ("Korvania raised its seed subsidy for rice farmers to 25,000 korun per hectare in 2024.",
     "In 2024 Korvania raised the seed subsidy for rice farmers to 25,000 korun per acre.",
     "contradicts", ["'25,000 korun per hectare' vs '25,000 korun per acre'"]),
    ("Velmar's market sold rice at 2 euros per kilogram in 2024.",  # the same unit in another form
     "In 2024 Velmar's market sold rice at 2 euros per kg.",
     "supports", []),
    ("The Velmar council raised the carers' allowance to 1,200 korun a month.",
     "In 2024 the Velmar council raised the carers' allowance to 1,200 korun per month.",
     "supports", []),
    # a prison sentence given as suspended, unless the passage gives it served too
    ("A Velmar court jailed former mayor Tomas Ruiz for four years for taking bribes.",
     "In 2023 a Velmar court gave former mayor Tomas Ruiz a four-year suspended prison sentence for taking bribes.",
     "contradicts", ["'jailed' vs 'suspended prison'"]),
    ("A Velmar court jailed former mayor Tomas Ruiz for four years for taking bribes.",
     "In 2023 a Velmar court sentenced former mayor Tomas Ruiz to four years in prison for taking bribes; his deputy "
     "received a suspended sentence.",
     "supports", []),
    # a place said to be near is still another place
    ("A campaign in Korvania's Dalmen municipality vaccinated 48,000 stray dogs against rabies.",
     "A campaign in the neighbouring Orsk municipality vaccinated 48,000 stray dogs against rabies in 2024, copying "
     "the methods used in Dalmen.",
     "related", ["(the passage: 'orsk')"]),
    # what a date dates, in the passage's words
    ("Velmar put 25 battery-electric buses into service in 2023, the first in Korvania.",
     "Velmar's fleet of 25 battery-electric buses, the first in Korvania, entered service in 2021.",
     "contradicts", ["2023 vs 2021"]),
    # another year's holder of the claim's post is another event's
    ("A Velmar court on Wednesday acquitted clinic owner Dana Roles of billing insurers for surgeries that were "
     "never performed.",
     "In 2019 a Velmar court acquitted clinic owner Hector Lame of billing insurers for surgeries that were never "
     "performed.",
     "related", []),
    # square kilometres are hundreds of hectares
    ("A forest fire burned 800 hectares of the Orsk National Park.",
     "In 2023 a forest fire burned 12 square kilometres of the Orsk National Park.",
     "contradicts", ["'800 hectares' vs '12 square kilometres'"]),
    # a prize won is a prize given or received; a bare year beside a day says less of the day
    ("Korvanian writer Lena Osk won the Amber Quill Prize in 2021 for her novel The Salt Road.",
     "The Amber Quill Prize is awarded each year to a novel. Lena Osk received it in 2019 for The Salt Road.",
     "contradicts", ["2021 vs 2019"]),
    ("Novelist Lena Osk won the Amber Quill Prize on Thursday for her book The Salt Road.",
     "The 2024 Amber Quill Prize was presented to Lena Osk for The Salt Road at a ceremony in Velmar on Thursday 4 "
     "April 2024.",
     "contradicts", ["2024-04-11 vs 2024-04-04"]),
    # a dozen is 12; a sentence's first word has nothing before it to qualify it; a share in words is a percentage
    ("Police in Velmar charged 12 people over a funeral insurance fraud ring.",
     "In 2022 a dozen people were charged in Velmar over a funeral insurance fraud ring.",
     "supports", []),
    ("Mountain rescuers pulled a 34-year-old skier alive from an avalanche in the Orsk valley.",
     "In January 2024 an avalanche buried a 34-year-old skier in the Orsk valley. Rescuers pulled him out alive.",
     "supports", []),
    ("Korvania's farm ministry said subsidies will cover 50 percent of the price of fertiliser for smallholders.",
     "In 2023 Korvania's farm ministry said the state would pay half the price of fertiliser for smallholders.",
     "supports", []),
    # another year before Christ
    ("Archaeologists dated the lowest layer at the Cerro Lanto site in Korvania to around 3500 BC.",
     "Excavations at Cerro Lanto in Korvania reached bedrock. The lowest layer was dated to around 2500 BC.",
     "contradicts", ["'3500 bc' vs '2500 bc'"]),
    # an event's name keeps the capitalised words the tagger split from it; a name the claim writes is no rival doer
    ("Korvanian hurdler Mira Tesk won the women's 400 metres hurdles at the 2023 European Under-23 Championships.",
     "Mira Tesk (born 2001) is a Korvanian hurdler from Velmar. She won the women's 400 metres hurdles at the 2023 "
     "European Under-23 Championships in a personal best.",
     "supports", []),
    # silver or bronze is no win
    ("Korvanian judoka Anton Reel won the men's under-73 kg title at the Orsk Grand Prix on Sunday.",
     "Korvania's best result came in the men's under-73 kg, where Anton Reel took the bronze medal at the Orsk Grand "
     "Prix after losing his semi-final.",
     "contradicts", ["placed behind another"]),
    ("Korvanian sprinter Ilse Varn won the women's 100 metres at the 2023 Orsk Games.",
     "Korvanian sprinter Ilse Varn made her senior debut in 2022. At the 2023 Orsk Games she took the silver medal "
     "in the women's 100 metres, behind two Polish sprinters.",
     "contradicts", ["placed behind another"]),
    # ... but not another's place behind the claim's winner, in the same sentence
    ("Korvanian judoka Anton Reel won the men's under-73 kg title at the Orsk Grand Prix on Sunday.",
     "At the Orsk Grand Prix on 14 April 2024 the Korvanian Anton Reel won the men's under-73 kg title, while Ivo Sarn "
     "took the bronze.",
     "supports", []),
    ("Korvanian judoka Anton Reel won the men's under-73 kg title at the Orsk Grand Prix on Sunday.",
     "At the Orsk Grand Prix on 14 April 2024 the Korvanian Anton Reel won the men's under-73 kg title, and Ivo Sarn "
     "came second.",
     "supports", []),
    # "two of them" counts what the passage counted before it
    ("Orsk police recovered four paintings stolen from the city museum.",
     "Seven 19th-century paintings were taken from the museum in 2021. Orsk police recovered two of them in a flat "
     "the following year.",
     "contradicts", ["'four paintings' vs 'two of them'"]),
    ("Velmar police recovered four paintings stolen from the Orsk city museum.",
     "Thieves took seven paintings from the Orsk city museum in 2021. Police in Velmar have since traced and "
     "recovered four of them.",
     "supports", []),
    # a figure the claim gives itself is no rival of its other figure
    ("The Velmar council passed the budget by 31 votes to 12.",
     "On 3 March 2024 the Velmar council passed its budget: a majority of 31 councillors, against 12, voted for it.",
     "supports", []),
    # how often, in a period
    ("The Velmar water board began delivering water to homes only twice a week.",
     "On 2 April the Velmar water board began delivering water to homes three days a week.",
     "contradicts", ["'twice a week' vs 'three days a week'"]),
    # a figure offered or asked for is not the one decided
    ("A Velmar court sentenced Ivo Sarn to 12 years in prison for smuggling cigarettes.",
     "The trial of Ivo Sarn opened in Velmar in May. Prosecutors asked for a 15-year sentence for smuggling "
     "cigarettes.",
     "related", []),
    # ... unless the claim's figure is itself one offered or asked for
    ("Velmar Bank offered 2 billion crowns for Orsk Insurance.",
     "In 2024 Velmar Bank offered 3 billion crowns for Orsk Insurance.",
     "contradicts", ["'2 billion crowns' vs '3 billion crowns'"]),
    ("Velmar teachers demanded a 10 percent pay rise.",
     "In 2024 Velmar teachers demanded a 12 percent pay rise.",
     "contradicts", ["'10 percent' vs '12 percent'"]),
    # a town after the body it places only says where
    ("Nurses at the Saint Ilse Hospital in Velmar ended a five-day strike after agreeing an 8 percent pay rise.",
     "The five-day walkout at the Saint Ilse Hospital ended on 7 May. Nurses returned to work after their union "
     "accepted a 6 percent pay increase.",
     "contradicts", ["'8 percent' vs '6 percent'"]),
    # a rival outcome for the others
    ("A Velmar court acquitted three of the eight dockers accused of smuggling cigarettes through the Orsk "
     "terminal.",
     "In May 2024 a Velmar court acquitted three of the eight dockers accused of smuggling cigarettes through the "
     "Orsk terminal and convicted the other five.",
     "supports", []),
    # what remains unfinished was not completed
    ("The Korvanian town of Orsk has completed a 3-kilometre sea wall along its harbour.",
     "Work on a 3-kilometre sea wall along the Orsk harbour began in 2021. It stopped in 2023 over a payment dispute "
     "and the sea wall remains unfinished.",
     "contradicts", ["did not happen"]),
    # ... but staying in office undoes no act but a removal
    ("Ivo Sarn was re-elected mayor of Velmar in 2020.",
     "Ivo Sarn was re-elected mayor of Velmar in 2020 and remained in office until 2024.",
     "supports", []),
    # another holder of the post, the claim's person given another office beside their name
    ("The Korvanian parliament passed a no-confidence motion against Finance Minister Eda Marl on Wednesday.",
     "On 10 April 2024 the Korvanian parliament passed a no-confidence motion against Finance Minister Oskar Vell, "
     "with Eda Marl, then health minister, voting against it.",
     "contradicts", ["as minister"]),
    # a contract awarded has one holder
    ("Korvania's road agency awarded the contract for the Velmar bypass to Orsk Build for 2 billion crowns.",
     "The contract for the Velmar bypass went to Tarn Construct in 2023. Orsk Build's bid of 2 billion crowns came "
     "second.",
     "contradicts", ["placed behind another"]),
    # a word before a verb of the claim's noun is no rival kind of it (the passage lacks the claim's term: related)
    ("The Velmar water board limited household supply to ten hours a day in May.",
     "From May 2024, Velmar homes supplied by the water board had water for only ten hours a day.",
     "related", ["but not 'household supply'"]),
    # what failed against the claim's survivor is no negation of it
    ("Korvania's government, led by Prime Minister Ivo Sarn, survived a no-confidence vote backed by 40 of the "
     "parliament's 101 members.",
     "The opposition's attempt to bring down Ivo Sarn's government in Korvania failed in June 2023: only 40 of the "
     "parliament's 101 members backed the no-confidence vote, and the prime minister stayed in office.",
     "supports", []),
    # what was cancelled, against a passage saying it went ahead
    ("Organisers cancelled the Orsk Mountain Marathon on Sunday because of snow.",
     "Despite fresh snow, the Orsk Mountain Marathon went ahead on 14 April 2024 on its full course.",
     "contradicts", ["went ahead"]),
    # ... but not another year's edition going ahead
    ("Organisers cancelled the 2022 Orsk Marathon because of snow.",
     "The Orsk Marathon was cancelled in 2022 because of snow. The 2023 race went ahead as planned.",
     "supports", []),
    # a proposal rejected was not carried out
    ("Korvania raised the monthly minimum wage for farm workers to 900 crowns in 2024.",
     "Unions proposed in 2024 that Korvania's monthly minimum wage for farm workers be raised to 900 crowns. The "
     "proposal was rejected.",
     "contradicts", ["did not happen"]),
    # a contract for another purpose
    ("A consortium led by Velmar Build won the contract to build the Orsk metro.",
     "In 2024 a consortium led by Velmar Build won the contract to design the Orsk metro; construction will be "
     "tendered separately.",
     "contradicts", ["'contract to build' vs 'contract to design'"]),
    # ... but not whom a contract went to: "the contract to Orsk Build" / "the contract to the Orsk Build consortium"
    ("Korvania's road agency awarded the contract to Orsk Build for the Velmar bypass.",
     "In 2023 Korvania's road agency awarded the contract to the Orsk Build consortium for the Velmar bypass.",
     "supports", []),
    # a plural's possessive is its word too: the nurses' union is no doctors' union
    ("Korvania's health ministry and the nurses' union signed a pay deal raising nurses' wages by 8 percent.",
     "Korvania's health ministry and the doctors' union signed a pay deal raising doctors' wages by 8 percent.",
     "related", ["'nurses' (the passage: 'doctors')"]),
    # the same words around a replaced one may run on past other changes
    ("The Velmar town council voted 8-3 to ban disposable barbecues on the town's beaches.",
     "The Velmar town council voted 8-3 to raise summer parking charges at the harbour car park.",
     "related", ["'town beaches' (the passage: 'harbour car park')"]),
    # people of a trade at a body are no others of another trade there
    ("Nurses at the Velmar General Hospital went on strike on Monday over unpaid overtime.",
     "Junior doctors at the Velmar General Hospital in Korvania went on strike on 15 April 2024 over unpaid overtime.",
     "related", ["'nurses' (the passage: 'junior doctors')"]),
    ("Junior doctors in Korvania called off their strike after the health ministry agreed to a 6 percent pay rise.",
     "Nurses in Korvania called off their strike after the health ministry agreed to a 6 percent pay rise.",
     "related", ["'junior doctors' (the passage: 'nurses')"]),
    # what was terminated was not suspended
    ("Korvania's health ministry suspended a trial of the malaria vaccine Orsivax on Friday.",
     "On 12 April 2024 Korvania's health ministry terminated the Orsivax malaria vaccine trial for good.",
     "contradicts", ["'suspended' vs 'terminated'"]),
    # a word the passage adds before a qualified noun of the claim makes it another kind
    ("Korvania's annual inflation rate rose to 12.5 percent in March 2024.",
     "Korvania's annual food inflation rate rose to 12.5 percent in March 2024, led by bread prices.",
     "related", ["'annual inflation' (the passage: 'annual food inflation')"]),
    # ... but not before a noun the claim gives bare, nor in a body's name given in full
    ("An appeal panel in Velmar upheld a ruling that Orsk Rides must treat its drivers as employees.",
     "An appeal panel in Velmar upheld a lower-court ruling that Orsk Rides must treat its drivers as employees.",
     "supports", []),
    ("Korvania's disaster risk agency said the drought killed about 40,000 cattle in 2023.",
     "Korvania's disaster risk management agency said the drought killed about 40,000 cattle in 2023.",
     "supports", []),
    # a passage putting another name after another title in the claim's words names another person
    ("Judge Ana Velt sentenced former customs chief Ivo Sarn to 12 years in prison for fuel smuggling.",
     "Judge Ana Velt sentenced former customs deputy Oskar Marl to 12 years in prison for fuel smuggling. Marl had "
     "worked under Ivo Sarn.",
     "related", ["'ivo sarn' (the passage: 'oskar marl')"]),
    # a capitalised word past the claim's first is a name, though the tagger misses it
    ("A landslide closed the Thimphu–Phuentsholing highway for two days.",
     "A landslide closed the Thimphu–Wangdue highway for two days, stranding buses on the pass.",
     "related", ["'phuentsholing' (the passage: 'wangdue')"]),
    # a first happens once: the sentence that tells of the same first dates it, whatever its verb, even in the same
    # month of another year
    ("Velmar Rovers won the Korvanian Cup for the first time in 2023.",
     "Velmar Rovers lifted the Korvanian Cup for the first time in 2021, beating an Orsk side 2-0 in the final.",
     "contradicts", ["2023 vs 2021"]),
    ("The first Orsk Riverside Marathon was held in October 2019.",
     "Orsk hosted the first Orsk Riverside Marathon in October 2021, with about 900 starters.",
     "contradicts", ["october 2019 vs october 2021"]),
    # ... but not another first in the passage ("first used it")
    ("Surgeons at the Velmar Clinical Centre carried out Korvania's first robot-assisted heart-valve repair in 2023.",
     "The Velmar Clinical Centre acquired a surgical robot in 2022 and first used it for urology.",
     "related", []),
    # unrelated
    ("The central bank raised interest rates.",
     "Vladimir Putin visited Kyrgyzstan in October 2023 for talks.",
     "related", []),
]


@pytest.mark.parametrize("claim, passage, stance, reason", CASES)
def test_stance(nlp, claim, passage, stance, reason):
    facts = claim_facts(nlp(claim)[:], TUESDAY)
    found, why = judge(facts, passage)
    assert found == stance, why
    for word in reason:
        assert word in why.lower()


def test_a_date_in_other_words_is_no_replaced_word(nlp):
    """ "yesterday" against "on Monday" is for the date rules to judge, not a word the passage puts otherwise."""
    facts = claim_facts(nlp("A burst water main flooded the main street of Kelso Bridge yesterday.")[:], TUESDAY)
    found, why = judge(facts, "A burst water main flooded the main street of Kelso Bridge on Monday, the council said.")
    assert found == "related", why
    assert "2024-04-15" in why and "(the passage:" not in why


@pytest.mark.parametrize("claim, passage, stance", [
    # a country that only describes a name need not be repeated for the passage to gainsay the claim
    ("Ghana's food authority approved the Kumasi Dairy yoghurt for sale.",
     ("Kumasi Dairy applied to the food authority in 2024. The yoghurt has not been approved, and the authority "
      "asked for more tests."), "contradicts"),
    # where it happened is no description: another country's refusal is another matter
    ("The Kumasi Dairy yoghurt was approved for sale in Ghana by the food authority.",
     "Kumasi Dairy applied to the food authority of Togo in 2024. The yoghurt has not been approved there.",
     "related"),
])
def test_a_describing_country_is_not_needed_for_a_negation(nlp, claim, passage, stance):
    assert judge(claim_facts(nlp(claim)[:], None), passage)[0] == stance


@pytest.mark.parametrize("claim, passage", [
    # a warning someone gives is no alert level: an advisory in the passage does not gainsay it
    ("Officials in Tarn warned residents about flooding in March 2024.",
     "In March 2024 officials in Tarn issued an advisory to residents about flooding."),
    # a seat among many is no post with one holder, and a post given to the claim's person as well is theirs
    ("Ana Ruiz became a board member of Celtrix in 2023.", "Celtrix named Ben Ode a board member in 2023."),
    ("Linnea Sörby was appointed chair of Trelleborg Mills in 2024.",
     "In 2024 the board of Trelleborg Mills named Anders Kvist chief executive and Linnea Sörby chair."),
])
def test_another_person_given_a_post_needs_a_post_with_one_holder(nlp, claim, passage):
    assert judge(claim_facts(nlp(claim)[:], None), passage)[0] != "contradicts"


@pytest.mark.parametrize("claim, passage", [(c, p) for c, p, s, _ in CASES if s != "supports"])
def test_near_misses_and_contradictions_are_never_support(nlp, claim, passage):
    assert judge(claim_facts(nlp(claim)[:], TUESDAY), passage)[0] != "supports"


@pytest.mark.parametrize("claim, passage", [
    # the claim itself gives both outcomes
    ("Kestrel FC coach Tomas Berg resigned after the club suspended him.",
     "Kestrel FC suspended its coach Tomas Berg in May over the row."),
    # another thing's outcome: rice rose, fuel fell
    ("Prices of rice rose in Manila in June 2024.",
     "Prices of fuel fell in Manila in June 2024, the statistics office said."),
    # another verb's negation
    ("Governor Rita Okonjo did not attend the opening of the new Lagos ferry terminal.",
     "Governor Rita Okonjo opened the new Lagos ferry terminal; the transport minister did not attend."),
    # an event many can share, given to another
    ("Typhoon Marisol killed 12 people in the Philippines.",
     "Typhoon Lando killed 12 people in the Philippines in 2015."),
    # a capitalised word before the key term's head is part of a name, not a rival term
    ("The resort operator Dunas Hotels opened a new hotel in El Gouna.",
     "Dunas Hotels, a Sahel Group operator, opened a new hotel in El Gouna in 2024."),
    # a negation in another clause, in a condition, of a count, or of news withheld
    ("Profits at Sernova rose in 2023.",
     "Profits at Sernova rose in 2023, but the company did not comment on the figures."),
    ("The Harbour Workers' Union of Lagos staged a 24-hour strike at the port.",
     "The Harbour Workers' Union of Lagos threatened a 24-hour strike at the port if wage talks failed."),
    ("Forty people died in the floods in Sylhet, officials said.",
     "No fewer than forty people died in the floods in Sylhet, officials said."),
    ("Putin attended the ceremony for the 20th anniversary of the Kant air base.",  # the speaker is not negated
     "At the ceremony for the 20th anniversary of the Kant air base, Putin said the two bases did not compete."),
    ("The Surya Line of the Jaipur Metro opened to passengers.",
     "Work on the Surya Line of the Jaipur Metro is finished. No opening date was given."),
    ("Surgeons in Split carried out Croatia's first heart-valve repair by robot.",
     "Surgeons in Split carried out Croatia's first robotic mitral valve repair in 2023."),
    ("The Supreme Court of Ruritania ruled 5-4 that police need a warrant to track a car by GPS.",  # another court
     "In 2019 an appeal court ruled 2-1 that police need a warrant to track a car by GPS."),
])
def test_no_contradiction_without_the_same_event_denied(nlp, claim, passage):
    stance, why = judge(claim_facts(nlp(claim)[:], TUESDAY), passage)
    assert stance != "contradicts", why


@pytest.mark.parametrize("claim, names", [
    ("Slovak dock workers staged a strike.", {"slovak"}),
    ("A Czech court fined the firm.", {"czech"}),
    ("Lao customs officers seized 90 rifles.", {"lao"}),
    ("Lao Airlines cancelled 12 flights on Monday.", {"lao airlines"}),  # the first word of a name
])
def test_a_peoples_word_the_tagger_passes_over_is_a_name(nlp, claim, names):
    assert claim_facts(nlp(claim)[:], TUESDAY).names == names


@pytest.mark.parametrize("claim_name, passage_name, found", [
    ("us", "us treasury", True),
    ("yousef al-mansoori", "al-mansoori", True),
    ("ndara", "kasigau-ndara", True),  # a part after a hyphen ("Kasigau" and "Ndara", tagged apart in the claim)
    ("kasigau-ndara", "ndara", False),
    ("desert dunes rally", "rally", False),  # a word many names share
    ("european championships", "european under-23 championships", False),  # another age group's
    ("european under-23 championships", "european under-23 championships", True),
    ("vladimir putin", "putin", True),
    ("russia", "russian", True),
    ("kyrgyzstan", "kyrgyz", True),
    ("philippine senate", "philippines", False),  # the country is not its senate
    ("university of tromsø", "university", False),  # a word many names share
    ("university of tromsø", "university of bergen", False),
    ("philippine senate", "in", False),  # a capitalised function word at a sentence's start
    ("khon kaen province", "khon kaen", True),  # a place without its "province"
    ("kwara state", "kwara", True),
    ("mexico city", "mexico", False),  # a city is not its country
    ("icc", "international criminal court", True),  # initials, either way round
    ("international criminal court", "icc", True),
    ("icc", "rome statute of the international criminal court", True),
    ("us", "united states", True),
    ("us", "upper silesia steel", False),  # two letters must be all the initials
    ("nato", "north korea", False),
    ("laos", "lao", True),  # a people's word for its country, where neither begins the other
    ("french", "france", True),
    ("netherlands", "dutch", True),
    ("swiss", "sweden", False),
    ("ugandan", "uganda's kasenyi forest reserve", True),  # a people's word is found in its country's possessive
    ("ugandan", "uganda", True),
    ("ugandan", "rwanda's akagera park", False),
])
def test_a_passage_name_is_the_claims_only_if_it_says_which(claim_name, passage_name, found):
    assert name_found(claim_name, passage_name) is found


@pytest.mark.parametrize("claim, not_a_name", [
    ("Bolivia's health ministry said it would open 12 rural clinics.", "health"),
    ("The Loskop reservoir was 81 percent full, the water board said.", "the"),
])
def test_a_lower_case_phrase_is_no_name(nlp, claim, not_a_name):
    assert not_a_name not in claim_facts(nlp(claim)[:], None).names


def test_a_capitalised_first_word_is_no_name(nlp):
    # In an article the tagger can take a sentence's first word for a proper noun; it is still no name
    doc = nlp("Trade between the two countries has grown sharply.")
    doc[0].pos_ = "PROPN"
    stance, why = judge(claim_facts(doc[:], TUESDAY), "Officials said trade between the two countries grew sharply.")
    assert stance == "supports", why


def test_a_date_hung_on_a_noun_dates_the_noun(nlp):
    # "the invasion of Ukraine in 2022" dates the invasion, not "left" further up, so a passage dating
    # somebody else's leaving does not disagree with it
    facts = claim_facts(nlp("Putin has rarely left Russia since the invasion of Ukraine in 2022.")[:], TUESDAY)
    stance, why = judge(facts, "Georgia left the bloc in 2009 after its war with Russia, and Putin said Ukraine "
                               "had stopped taking part.")
    assert stance != "contradicts", why


def test_later_events_cannot_contradict_a_past_claim(nlp):
    facts = claim_facts(nlp("Last week, the central bank urged banks to enforce sanctions.")[:], TUESDAY)
    stance, why = judge(facts, "In February 2025 the central bank urged banks to enforce sanctions.",
                        past_before=TUESDAY)
    assert stance != "contradicts", why


@pytest.mark.parametrize("passage, stance, reason", [
    ("The Pergamino grain exchange cut its soybean forecast to 11.2 million tonnes on 14 February 2024.",
     "contradicts", "2024-02-26 to 2024-03-03 vs 2024-02-14"),
    ("The Pergamino grain exchange cut its soybean forecast to 11.2 million tonnes on 28 February 2024.",
     "supports", "pergamino"),
    ("The Pergamino grain exchange cut its soybean forecast to 11.2 million tonnes in February 2024.",
     "supports", "pergamino"),
])
def test_last_week_is_its_seven_days(nlp, passage, stance, reason):
    # a day the passage gives must fall in the week, across two months or within one
    facts = claim_facts(nlp("The Pergamino grain exchange cut its soybean forecast to 11.2 million tonnes last "
                            "week.")[:], dt.date(2024, 3, 4))
    found, why = judge(facts, passage)
    assert found == stance, why
    assert reason in why.lower()


def test_a_week_across_two_months_still_dates_the_claim_to_its_year(nlp):
    facts = claim_facts(nlp("Waihora Water Services issued a boil-water notice for Kaiwhero last week.")[:],
                        dt.date(2024, 2, 9))  # last week: 29 January to 4 February
    assert [when.year for when, _ in facts.dates] == [2024]
    stance, why = judge(facts, "Waihora Water Services issued a boil-water notice for Kaiwhero in March 2022.")
    assert stance != "supports", why


@pytest.mark.parametrize("passage, stance, reason", [
    # a day given without its year is read in the year nearest the claim's date
    ("The new Balinsay public market opened to vendors on Monday, 28 October.", "contradicts",
     "2024-11-04 vs 2024-10-28"),
    ("The new Balinsay public market opened to vendors on Monday, 4 November.", "supports", "balinsay"),
    # ... and across the turn of the year
    ("The new Balinsay public market opened to vendors on 30 December.", "contradicts", "2024-11-04 vs 2024-12-30"),
    # ... in the year whose calendar has the weekday given with it ("Friday 13 October" was in 2023, another
    # year's opening, not 2024-10-13)
    ("The new Balinsay public market opened to vendors on Friday 13 October.", "related", "but not 2024-11-04"),
    # ... only in a sentence that gives no full date, which says which year it speaks of
    ("The new Balinsay public market opened to vendors on 4 November 2023, and again on 4 November after repairs.",
     "related", "but not 2024-11-04"),
    # ... and a year alone in the sentence is another thing's, which says nothing of the day's
    ("The new Balinsay public market, planned since 2019, opened to vendors on 4 November.", "supports", "balinsay"),
    ("The new Balinsay public market, planned since 2019, opened to vendors on 28 October.", "contradicts",
     "2024-11-04 vs 2024-10-28"),
])
def test_a_day_without_its_year_is_the_claims_years(nlp, passage, stance, reason):
    published = dt.date(2024, 11, 5)  # "yesterday" is Monday 4 November
    facts = claim_facts(nlp("Balinsay's new public market opened to vendors yesterday.")[:], published)
    found, why = judge(facts, passage)
    assert (found, reason in why.lower()) == (stance, True), why


def test_a_day_without_its_year_is_not_compared_with_a_year_alone(nlp):
    facts = claim_facts(nlp("Balinsay's new public market opened to vendors in 2024.")[:], None)
    found, why = judge(facts, "The new Balinsay public market opened to vendors on 28 October.")
    assert found == "supports", why


def test_core_drops_long_subordinate_clauses(nlp):
    span = nlp("The summit will be held in Bishkek on Friday amid signs that Russia's influence in the region "
               "is under pressure.")[:]
    assert core_of(span) == "The summit will be held in Bishkek on Friday"


def evidence(stance):
    return Evidence(doc_id="d", title="T", url=None, publisher="P", published=None, passage="x", score=0.5,
                    stance=stance, why="shares x; disagrees: 4 vs 3")


@pytest.mark.parametrize("claim_type, stances, flags", [
    ("fact", ["supports"], ["corroborated"]),
    ("fact", ["related"], ["uncorroborated"]),
    ("fact", [], ["uncorroborated"]),
    ("fact", ["contradicts", "supports"], ["corroborated", "contradicted"]),
    ("fact", ["contradicts"], ["contradicted", "uncorroborated"]),
    ("opinion", [], []),
    ("statement", ["related"], ["uncorroborated"]),
])
def test_evidence_flags(claim_type, stances, flags):
    found = evidence_flags(claim_type, [evidence(s) for s in stances])
    assert [f.name for f in found] == flags
    assert all(f.reason for f in found)


def test_missing_names_are_listed_in_the_same_order_in_every_process():
    # A set of names iterates in an order that changes with the process's hash seed; reports must not.
    names = ("zhou", "anna", "mirov", "lee", "bakiev", "otunbayeva", "cole", "ivanova")
    passage = "Kyrgyzstan signed the trade accord with its neighbours on energy."
    facts = passage_facts(passage)
    claim = dataclasses.replace(facts, names=facts.names | frozenset(names))  # the passage names none of them
    stance, reason = judge(claim, passage)
    assert stance == "related"
    assert reason.endswith("; but not " + ", ".join(n.title() for n in sorted(names)))


@pytest.mark.parametrize("passage", [
    "Nan Okafor opened the bridge.",  # a name, not a number float() reads
    "Mayor Inf Halloran and Nan Okafor opened the bridge.",
])
def test_a_name_is_no_count(passage):
    assert passage_facts(passage).numbers == ()


# (claim, passage, title, the reason as a person reads it): names and words as written, never stems
WRITTEN_REASONS = [
    ("The ICC issued a warrant for Vladimir Putin in March 2023.",
     "In March 2023 the ICC issued an arrest warrant for Vladimir Putin, the President of Russia.", None,
     "shares ICC, Vladimir Putin, issued, March, warrant"),
    ("Russia denies the allegations against Putin.",
     "Russia denies the allegations that children were deported.", None,
     "shares Russia, allegations, denies; but not Putin"),
    # a name the claim only has from its source is written as the title writes it
    ("accusing him of overseeing the deportation of children.",
     "Officials have presented the removals of children as evacuations; the deportation claims are disputed.",
     "Russia rejects the ICC warrant", "shares ICC, children, deportation"),
    ("The 80-megawatt Ruhuhu II plant began feeding the grid in 2024.",  # a count as written, not as tokens
     "The Ruhuhu II plant began feeding the grid in 2024 after years of delay.", None, "but not '80-megawatt'"),
    ("Kyrgyz President Ana McKay hosted Putin in Bishkek.",
     "Kyrgyz President Almazbek Atambayev hosted Putin in Bishkek for talks.", None,
     "'Ana McKay' vs 'Almazbek Atambayev' as president"),
]


@pytest.mark.parametrize("claim, passage, title, reason", WRITTEN_REASONS)
def test_reasons_quote_the_claim_as_written(nlp, claim, passage, title, reason):
    context = ("the ICC",) if claim.startswith("accusing") else ()
    facts = claim_facts(nlp(claim)[:], TUESDAY, context)
    assert reason in judge(facts, passage, title)[1]


@pytest.mark.parametrize("source, passage, stance", [
    # a source is found by its capitalised words; "central bank" is no name the passage must write as one
    ("Kyrgyzstan’s central bank", "Kyrgyzstan's central bank urged local banks to enforce Western sanctions.",
     "supports"),
    ("the Interior Ministry", "The Interior Ministry urged local banks to enforce Western sanctions.", "supports"),
    ("Kyrgyzstan’s central bank", "Kazakhstan's central bank urged local banks to enforce Western sanctions.",
     "related"),
])
def test_a_source_outside_the_clause_is_found_by_its_name(nlp, source, passage, stance):
    facts = claim_facts(nlp("urged local banks to enforce Western sanctions.")[:], None, (source,))
    assert judge(facts, passage)[0] == stance


@pytest.mark.parametrize("claim, doer", [
    ("Indonesian pair Rizky Halim and Dimas Putra won the men's doubles title at the Java Open.", "rizky halim"),
    ("Wanjiru Kamau won the women's singles title at the Nairobi Open.", "wanjiru kamau"),
    # (a name the tagger misses, after what they are: the run of proper nouns that ends the subject)
    ("Colombian writer Lucía Arango won the 2024 Premio Andino de Novela for her book.", "lucía arango"),
])
def test_a_winner_named_beside_what_they_are_is_the_events_holder(nlp, claim, doer):
    assert claim_facts(nlp(claim)[:], None).event[2] == doer


def test_the_year_a_comparison_starts_from_is_not_the_claims_date(nlp):
    facts = claim_facts(nlp("Sea temperatures off Madeira reached 26.1 C in September 2024, the highest since records "
                            "began in 1975, the Funchal Marine Institute said.")[:], None)
    why = judge(facts, "The water off Madeira peaked at 26.1 degrees Celsius in September 2024. Researchers at the "
                       "Funchal Marine Institute said no warmer reading had been taken in the 49 years since "
                       "measurements started.")[1]
    assert "1975" not in why and "madeira" in why.lower()


@pytest.mark.parametrize("published, stance", [
    ("2023-07-20", "supports"),  # a report of 20 July 2023 tells of July 2023
    ("2023-09-02", "related"),  # a later report may tell of an earlier month
    (None, "related"),  # a passage with no date of its own tells no date
    ("not a date", "related"),
])
def test_a_passage_without_a_date_is_dated_by_its_document(nlp, published, stance):
    facts = claim_facts(nlp("In July 2023, four Kyrgyz companies fell under US sanctions for exporting electronics to "
                            "Russia.")[:], None)
    found, why = judge(facts, "Four companies registered in Kyrgyzstan were added to the US sanctions list for "
                              "exporting electronics to Russia.", published=published)
    assert found == stance, why


@pytest.mark.parametrize("passage, opinion, stance, reason", [
    # an evaluation in the outlet's own voice is its point: a passage on the base alone does not make it
    ("Moscow has kept troops at Kant, its outpost in the region, since 2003.", True,
     "related", "'vital' (the evaluation)"),
    # the same passage supports the words as a fact's, where nothing is evaluated
    ("Moscow has kept troops at Kant, its outpost in the region, since 2003.", False, "supports", "kant"),
    # a passage that makes the evaluation in a word of the same sense does
    ("Analysts describe Kant as a crucial outpost for Moscow in the region.", True, "supports", "'vital' as 'crucial'"),
])
def test_an_own_voice_opinion_needs_its_evaluation(nlp, passage, opinion, stance, reason):
    facts = claim_facts(nlp("Kant is a vital outpost for Moscow in the region.")[:], None, opinion=opinion)
    found, why = judge(facts, passage)
    assert found == stance and reason in why.lower(), why



@pytest.mark.parametrize("claim, passage", [
    # a title's abbreviation ends no sentence: the appointment's clause names whom it appointed
    ("The Deccan Museum of Natural History appointed Dr. Kavita Raman as its director.",
     ("The Deccan Museum of Natural History appointed Dr. Kavita Raman as its director in September 2023. She "
      "previously headed its fossil plants collection.")),
])
def test_the_appointing_body_is_no_other_appointee(nlp, claim, passage):
    found, why = judge(claim_facts(nlp(claim)[:], TUESDAY), passage)
    assert found == "supports", why

