//! Relating verbs and numbers to their actors: events (codebook §4) and the
//! countries, places, dates and movements of counts (codebook §5).
//!
//! This stage runs after every recognizer. It never matches country, place or
//! organization names itself: it reads the spans the recognizers found and
//! decides, from the few words around each span, what part the mention plays
//! in its clause. When the words do not make that clear it says less: an
//! empty `countries` list is better than a wrong one.
//!
//! # Events
//!
//! - **Cues.** `data/event_cues.tsv` lists the verbs and nouns of each event
//!   type in Indonesian, Malay and English, with their affixed forms
//!   ("menangkap", "ditangkap", "penangkapan"; "arrested", "arrests").
//!   English verbs whose particle follows their object are cues only with
//!   that particle within six words: "flew 270 Indian nationals home",
//!   "bringing its citizens back", "handed 289 suspects over to". All
//!   cues apply to every language, because Indonesian articles borrow English
//!   terms ("joint operation", "MoU") and Malay shares most Indonesian words.
//!   Longer phrases that only look like events hide the cue inside them:
//!   "operasi penipuan" (a scam operation), "barang bukti yang diamankan"
//!   (seized evidence), "paspor ditahan" (a withheld passport), "signed a
//!   contract", "menyerahkan diri" (surrendered). "kerja sama" (cooperation)
//!   alone is not an agreement. An agreement named for what it covers
//!   ("repatriation agreements", "extradition treaty", "perjanjian
//!   ekstradisi", "perjanjian pemulangan") is an agreement only. English
//!   "Operation" is an event only as a
//!   name ("Operation Red Lantern"); plain "operations" are usually the
//!   scammers'. Indonesian "operasi" is an event unless a blocking phrase
//!   says otherwise.
//! - **One event per sentence and type.** Several cues of one type in a
//!   sentence make one event: its countries and organizations are the union,
//!   its status the strongest (`reported` over `agreed` over `planned`).
//!   Except when a clause with a subject of its own ("sementara",
//!   "manakala", "while") tells an arrest, rescue, operation or
//!   repatriation by a side the first event does not have: "China has
//!   flown home 1,000 of its nationals…, while Indonesia plans to
//!   repatriate 550 citizens" is two repatriations, reported and planned.
//!   Two delegations ("…, manakala delegasi Malaysia diketuai…") still make
//!   one meeting. A count goes to the event told in its own clauses.
//! - **Status** (`data/status_cues.tsv`). `planned` when "akan", "bakal",
//!   "dijadwalkan", "menunggu", "terancam", "will", "plans to", "is set
//!   to"… stands before the cue in its clause (at most eight words away), or,
//!   for a noun cue, "akan", "mendatang", "to be held", "scheduled"… up to
//!   three words after it ("pertemuan yang akan digelar"). `agreed` when
//!   "sepakat (untuk)", "menyepakati", "berkomitmen", "agreed to", "pledged
//!   to", "committed to" stands anywhere before the cue in its clause:
//!   "Indonesia dan Kamboja sepakat untuk meningkatkan pertukaran informasi"
//!   gives `information_sharing` agreed. Neither crosses a relative pronoun:
//!   in "rencana repatriasi yang disepakati", "rencana" plans the
//!   repatriation, not the agreeing. An `agreement` event is always `agreed`
//!   (unless planned: "akan menandatangani MoU"), as the gold files have it.
//!   The objects of an agreement are agreed too, by its parties: noun cues
//!   after an agreement cue in its clause ("menandatangani MoU yang mencakup
//!   pertukaran data, penyelidikan bersama, serta pelatihan bersama"), and a
//!   noun followed within three words by one ("rencana repatriasi yang
//!   disepakati Tiongkok, Thailand, dan Myanmar"). A pledge ("berkomitmen",
//!   "pledged to") makes its object agreed but is not an agreement event.
//! - **Negation** drops the cue: "tidak", "tidak ada", "belum", "no", "not",
//!   "never", "did not" up to two words before it with no comma between ("tidak
//!   ada WNI yang ditangkap", "no arrests were made"). Cues governed by
//!   "mencegah", "menghindari", "menolak", "avoid", "evade", "refused" are
//!   dropped too: "menolak ekstradisi" is a refusal, and reporting it as an
//!   extradition, even a planned one, would count something that did not
//!   happen. "tidak hanya" / "not only" are not negations. Requests and wishes
//!   ("mendesak", "meminta", "harus", "urged", "called for", "should") up to
//!   five words before the cue drop it as well: nothing was done yet, and
//!   nobody has planned it either. What a meeting discusses ("bagi
//!   membincangkan pemulangan", "to discuss the repatriation", `topic` in
//!   `data/status_cues.tsv`) is no arrest, rescue or repatriation; the
//!   cooperation it discusses ("to discuss … intelligence sharing") is
//!   planned. An indefinite subject ("anyone who",
//!   "siapa pun yang", "sesiapa yang") drops every cue after it in the
//!   sentence, however far: "Sesiapa yang didapati terlibat akan ditahan"
//!   is a warning, not an arrest.
//! - **Not events**: "konferensi pers" / "press conference", borders that
//!   meet ("on the Mekong where Laos, Thailand and Myanmar meet", "tempat
//!   bertemunya perbatasan"), units named
//!   for operations ("Biro Operasi", "Pusat Gerakan Operasi", "operations
//!   centre", "head of operations"), Malay
//!   "bekerjasama rapat" (close cooperation), "paspornya ditahan". Nor are
//!   words that point at an event already told: "those detained", "the
//!   rescued victims", "lokasi penggerebekan" (the raid's site), "premis yang
//!   diserbu", and the heading "di sisi penindakan" (on the enforcement side),
//!   nor custody told again ("kini ditahan di Polresta", "remain in
//!   custody"), nor feelings held back ("menahan sebak").
//!   Things held are not people held: "paspor para korban ditahan", "their
//!   passports were detained", "petugas mengamankan 14 unit telepon
//!   genggam". A syndicate's operations ("mengendalikan operasi dari Phnom
//!   Penh", "memecah operasinya") are no police operation. Ransom paid "untuk membebaskan anak mereka"
//!   frees nobody yet, and "applied to detain", "memohon" ask for what is not
//!   done. Handing over things ("menyerahkan paspor", "menyerahkan Rp 8,5
//!   juta", "berkas … diserahkan", "to hand over their ATM cards", "uang
//!   itu telah diserahkan", "the probe had been handed over"; or a passive
//!   cue in a sentence that opens with a thing and counts no one before the
//!   cue: "Data hasil analisis PPATK, lanjut Hendrawan, telah diserahkan")
//!   or suspects to a prosecutor or a court
//!   ("menyerahkan para tersangka … kepada jaksa", "penyerahan tahap dua",
//!   "handed over to prosecutors"), or victims to an employer or a
//!   syndicate ("diserahkan kepada majikan di Kemboja") moves nobody across
//!   a border. The cost,
//!   mechanism or procedure of sending people home ("biaya
//!   pemulangan", "mekanisme pemulangan", "a protocol for the repatriation
//!   of victims") is a topic, not a repatriation.
//! - **People described by what was done to them.** A passive arrest,
//!   rescue or repatriation cue right after "yang" with no "di", "ke",
//!   "dari", "oleh"… phrase naming a country, place or body within five
//!   words describes people, not an event: "setiap WNI yang diselamatkan",
//!   "warga Tiongkok yang ditahan dalam penggerebekan terbaru", "WNI yang
//!   dipulangkan berasal dari Jawa Barat". "yang ditangkap di Bekasi",
//!   "yang diserahkan ke Tiongkok" and "yang dipulangkan pemerintah dari
//!   Myawaddy" (an authority word may stand before the phrase) still tell
//!   one, as does an authority followed by its country or body ("yang
//!   diselamatkan aparat Laos").
//!
//! # Clauses
//!
//! A sentence is cut into clauses before ", yang", ", which", ", who" (a
//! clause about the noun just before it), ", dan", ", and", ", serta",
//! ", lalu", "setelah", "usai", "after", "before" (a clause whose missing
//! subject is the previous clause's), and "sementara", "sedangkan", "namun",
//! "tetapi", "while", "whereas", ", but", ";" (a clause with a subject of its
//! own). ", dan", ", and", ", serta" cut only before a new subject (a
//! mention, or an authority word: "…, dan polisi Myanmar menangkap…"), never
//! a list ("Vietnam, Kamboja, dan Laos"; "listrik, internet, dan bahan
//! bakar") nor a verb that shares the subject ("…, dan menangkap 40 orang").
//!
//! Inside a clause, relative pronouns ("yang", "which", "who", "where") and
//! speech verbs ("mengatakan", "bahwa", "said", "that") bound the *scope* in
//! which an event's location is read: "Polri menangkap 13 tersangka yang
//! mengelola situs dari server di Kamboja" did not arrest in Cambodia. A
//! relative right after a noun cue describes that noun and stays in scope
//! ("pertemuan yang digelar di Phnom Penh").
//!
//! # What a mention does in its clause
//!
//! Each country, place, organization (media outlets excluded) and person
//! mention gets one role from the words before it, read backwards past up to
//! three filler or authority words ("pihak berwenang", "polisi", "the",
//! "wilayah", "perbatasan"):
//!
//! | role | words before the mention | example |
//! |---|---|---|
//! | location | di, in, at, near, within | "di Myawaddy", "in the Philippines" |
//! | origin | dari, from | "dari Myanmar" |
//! | destination | ke, kepada, to, into, menuju | "ke Indonesia", "to Chinese authorities" |
//! | agent | oleh, by | "oleh polisi Laos", "by Thai police" |
//! | transit | melalui, lewat, via, through | "melalui Mae Sot, Thailand" |
//! | co-agent | dengan, bersama, antara, with, between, alongside | "bekerja sama dengan Kamboja" |
//! | nationality | warga, WN, asal, tersangka, korban, pekerja; English "nationals", "citizens", "workers" after it; "WNI"; a country inside a count's span ("47 WNI") | "warga negara Tiongkok", "Chinese nationals" |
//! | neutral | anything else | "Polisi Vietnam", "Indonesia dan Kamboja" |
//!
//! A mention joined to the previous one in its clause by "dan", "and",
//! "serta", "atau" or a list comma takes that one's role ("polisi Vietnam dan
//! Laos", "di Kamboja dan Myanmar"); so does a country after "City,"
//! ("Bangkok, Thailand"). A demonym alone after "in" is a language, not a
//! location ("chat scripts in Chinese and English"). "Police in Cambodia", "otoritas di Laos",
//! "counterparts in Singapore" are that country's authorities, not a
//! location, and "officers from China", "polisi dari Thailand" not an
//! origin: the reading goes on past "authority + in/from".
//!
//! # Actors of an event
//!
//! The actor countries of an event are the countries of the mentions that act
//! in its clause; an organization contributes its country and its id (to
//! `organizations`), a person his or her country and organization. Places
//! never act.
//!
//! - **Active cue** ("menangkap", "arrested" without an auxiliary, "met",
//!   nouns): the neutral mentions before the cue in its clause. When a speech
//!   verb or "bahwa"/"that" lies between, only the mentions after it count
//!   ("Kemlu RI mengatakan polisi Kamboja menangkap…" → KH). A clause that
//!   begins with the cue takes the subject of the previous clause (after
//!   ", dan", "setelah") or the noun just before ", yang", whatever it was
//!   to the main clause ("… kepada Kepolisian Nasional Kamboja, yang kemudian
//!   menggerebek …" → KH).
//! - **Passive cue** ("ditangkap", "were arrested"): mentions before it are
//!   what was acted on, never actors. The agent is the "oleh"/"by" phrase
//!   (not one after a later cue of the clause: in "membebaskan mereka …,
//!   lalu mereka dipulangkan oleh KBRI" the embassy sent them home), or
//!   an authority phrase or a bare country or organization right after the
//!   verb ("ditangkap polisi Thailand", "diamankan Polri"). Noun cues accept
//!   that phrase too ("operasi gabungan polisi Vietnam dan Laos", "operasi
//!   gabungan Tiongkok, Myanmar, dan Thailand").
//! - **Co-agents** ("bersama Kamboja", "with Thai authorities", "antara
//!   Indonesia dan Kamboja", "melibatkan Kepolisian Nasional Kamboja", "a raid
//!   involving Lao police", "dengan bantuan Wisma Putra", "hasil
//!   kerjasama Kedutaan Malaysia") are actors of every event of their clause.
//! - **"We" in a quote** ("kami", "kita", "we" before the cue in its clause)
//!   acts for the speaker's country when nothing else names an actor:
//!   "“Sejak Julai, kami telah menahan 3,000 warga asing,” kata Sok Dara" is
//!   Cambodia's arrest, whatever the scene of the story.
//! - **Quotes keep their voices.** A country or organization named inside a
//!   quote is not an actor of an event cued outside it, nor the other way:
//!   "'…Filipina, Vietnam…,' katanya selepas mesyuarat majlis" is a meeting
//!   of the speaker's side only.
//! - **Cooperation events** (meeting, agreement, information sharing,
//!   training) have participants rather than agents: every mention of the
//!   clause that is not a location or a nationality takes part ("Menlu RI
//!   bertemu Menlu Kamboja", "kunjungan ke Vietnam", "signed an MoU with
//!   Laos"); when the clause names none, those of the whole sentence do
//!   ("berjabat tangan dengan pejabat Kamboja usai penandatanganan MoU").
//! - **Pairs** ("kedua negara", "kedua-dua pasukan polis", "the two sides",
//!   `pair` in `data/actor_cues.tsv`; for three, "ketiga negara", "the three
//!   countries", `trio`; also without the ordinal: "tiga negara", "tiga
//!   pihak", "pertemuan tiga hala") stand for the two (three) countries that last
//!   acted (as subject, agent or partner, not as place, origin or
//!   nationality) in their sentence or the three before: "Indonesia dan
//!   Kamboja menandatangani MoU. Kedua negara juga akan bertukar data" →
//!   ID, KH. When the sentence that gave the second country names a third
//!   actor, which two is a guess and the pair stays empty. After an
//!   agreement that points back ("Menerusi MoU itu, kedua-dua pasukan
//!   polis…", "Under the agreement, the two sides…"), the pair are the
//!   parties of the latest sentence that told an agreement, even when a
//!   sentence about the ceremony named other delegations since. The same
//!   holds after a meeting that points back ("Dalam pertemuan itu, ketiga
//!   negara …"), passing over sentences of that kind that name no two sides.
//!   A hyphenated pair ("perbatasan Thailand-Myanmar") shares one role.
//! - **The article's side** is Indonesia in an Indonesian story and Malaysia
//!   in a Malay one, Brunei or Singapore in a Malay one from there (an
//!   outlet that names the country, a dateline there).
//! - **At home**: in an Indonesian or Malay story, unnamed police who take
//!   someone "di rumahnya" / "di kediamannya" act for the article's side,
//!   not for the scene abroad.
//! - **Units before a body**: after a passive cue, up to four capitalized
//!   words before an organization are its units ("ditangkap tim Subdit IV
//!   Renakta Ditreskrimum Polda Sumsel"): the body is the agent.
//! - **Border landmarks**: a country named only to say where a place lies
//!   ("Poipet, kota perbatasan dengan Thailand", "on the border with
//!   Thailand", "near the Thai border") neither acts nor is a location.
//! - **Capitals** (`data/capitals.txt`) stand for their governments when
//!   they act ("agreed between Beijing, Bangkok and Naypyitaw", "mengunjungi
//!   Manila"), never as a location ("di Phnom Penh") nor in a dateline
//!   ("BANGKOK, Reuters -"); nor do other places, except as their own
//!   authorities: "Myawaddy authorities", "polisi Sihanoukville" (an
//!   authority word right before or after the place) act for its country.
//! - **That country.** "the country's military", "otoritas negara itu",
//!   "negara tersebut" stand for the latest country or place named before
//!   them ("… in Myawaddy, Myanmar, after the country's military raided it"
//!   → MM), unless that one closes a list of countries, where which is
//!   meant is a guess.
//! - **Partners alone.** When the only actors of an event are partners
//!   ("bekerja sama dengan polisi Laos", "hasil kerjasama dengan Polis
//!   Kebangsaan Kemboja", `partner` in `data/actor_cues.tsv`), or a
//!   cooperation's only side is the one worked with ("bertukar maklumat
//!   dengan Polis Kebangsaan Kemboja"; a body of no country such as
//!   ASEANAPOL is no side), the side that
//!   worked with them is the one an Indonesian (ID) or Malay (MY) article
//!   speaks for. English articles are written from everywhere and get none.
//! - **Victims are not actors.** The nationality of the people counted,
//!   rescued or arrested ("47 WNI diselamatkan di Myanmar") is not an actor;
//!   it matters only as the destination of people sent home, and then only
//!   when it is the whole group's: after "di antaranya", "termasuk",
//!   "including", "sebagian besar" (`subset` in `data/actor_cues.tsv`) it
//!   names a part ("mendeportasi 2.719 warga asing, di antaranya 318 WNI" →
//!   KH only). A rescue of WNI
//!   by the Indonesian embassy has Indonesia as actor through the embassy.
//! - **Embassies work abroad.** An organization whose name holds a place of
//!   another country ("KBRI di Phnom Penh", "Kedutaan Malaysia di Yangon")
//!   works in that country. When it acts in a rescue or a repatriation,
//!   under any of its names ("KBRI"), that country is an actor too: the
//!   people leave from there ("dipulangkan ke Indonesia dengan bantuan KBRI
//!   di Phnom Penh" → KH to ID). Its meetings and agreements are its own
//!   country's.
//! - **Partners of the story.** A cooperation event that names one side or
//!   none ("Kesepakatan itu dicapai dalam pertemuan di Mabes Polri") takes
//!   the two countries of the latest cooperation event between two sides;
//!   a group of three or more is not carried on.
//! - **Pointing back.** A noun cue with a demonstrative ("operasi
//!   tersebut", "MoU ini", "operasi yang sama", "this operation", "under
//!   the agreement"), or one acted on ("berdasarkan MoU", "sesuai
//!   kesepakatan", "in line with the agreement") refers to an event
//!   already told and makes none.
//! - **Sharing with an object.** A sharing verb whose object, up to four
//!   words on and before any punctuation, is data ("shared phone records
//!   and transaction data") is information sharing. So is information
//!   received from a named side ("received information from our
//!   counterparts in China", "menerima maklumat daripada PDRM") and data
//!   "dikongsi dengan" (shared with) a party: cues in `data/event_cues.tsv`.
//! - **Unnamed police** (no actor after the rules here and the sentence
//!   before): the country of a location in the sentence, else of the
//!   latest location the story named (the scene; a sentence that names two
//!   or more countries as locations, "mostly in the United States, Canada
//!   and Australia", sets none). Places never act, so a
//!   place read as neutral ("di sebuah rumah di Taman Tunku, Miri") is a
//!   location here too.
//! - **One side in the sentence.** An enforcement event left with no actor
//!   and no place takes the actors of the other enforcement and
//!   repatriation events of its sentence when they are all one side
//!   ("Cambodian authorities deported 18,460 foreigners …, as the government
//!   pressed ahead with a nationwide crackdown" → the crackdown is KH's).
//! - **Enforcement events** (operation, arrest, rescue) of one clause share
//!   their actors when one of them has none ("Dalam operasi gabungan itu,
//!   polisi Kamboja menangkap…": the operation takes KH from the arrest); a
//!   relative or coordinated clause takes them from the clause it hangs on
//!   ("melancarkan operasi bersama, yang menyaksikan 200 warga asing
//!   dibebaskan").
//!
//! # Where
//!
//! The location of an event is the location mentions in its scope (see
//! Clauses); for a noun cue, a place right after it comes first ("… di
//! Myawaddy, Myanmar, ditumpaskan polis menerusi operasi serentak di
//! Selangor" is an operation in Selangor). A place ("di Myawaddy") becomes `place`; a bare country after
//! "di"/"in" ("di Laos") leaves `place` null. Either way the location's
//! country (codebook §2: a place implies its country) is added to
//! `countries` only when the event names no actor: "Polisi Thailand
//! menyelamatkan 20 WNI di Myawaddy" stays a Thai rescue with place
//! Myawaddy, while "47 WNI diselamatkan di Myawaddy" is a rescue in MM
//! (and so is "dibebaskan dari Myawaddy": people are freed where they were
//! held, so a rescue with no location reads "dari"/"from" as one). The
//! train gold confirmed this: locations name where something happened far
//! more often than who took part ("Police have arrested 26 members of a gang
//! that operated from Poipet in Cambodia" is a Thai arrest).
//! `HOST_COUNTRY_IS_ACTOR` switches bare host countries to always count.
//!
//! # Movements
//!
//! A repatriation has an `origin` and a `destination`: "dari X" / "from X"
//! in its clause and "ke X" / "kepada X" / "to X" after its cue (a "ke X"
//! before it belongs to another movement: "perekrut WNI ke Kamboja
//! diserahkan ke Polri"). Without "ke X", people go to their own country:
//! the nationality of the people moved ("WNI" → ID, "Chinese nationals" →
//! CN, "rakyat Malaysia … dihantar pulang ke tanah air" → MY); the one side
//! that acts takes "its citizens", "warganya", "rakyatnya" home
//! (`own_people` in `data/actor_cues.tsv`: "India flew home 549 of its
//! citizens" → IN). Without
//! "dari X", the origin is where the sentence is located ("menangkap 1.274
//! tersangka di Laos, yang semuanya dideportasi ke Vietnam" → LA to VN),
//! short of a clause with a subject of its own ("…, sementara Myanmar
//! menggelar razia di Myawaddy" says nothing of where others leave from),
//! else the country an embassy named in the sentence works in ("ditangani
//! KBRI Bangkok dan dijadwalkan dipulangkan ke Indonesia" → TH to ID),
//! else the single actor of the repatriation or of an arrest or rescue in
//! the same sentence that is not the destination ("Kamboja mendeportasi 50
//! WNI" → KH to ID), else the scene of the story when no actor other than
//! the destination sent them ("…membebaskan 38 WNI di Sihanoukville.
//! Sebanyak 31 orang sudah dipulangkan ke Indonesia" → KH to ID; not
//! when they are sent on "ke daerah asal", "ke kampung halaman", "to their
//! home provinces": a leg inside their own country). In an
//! Indonesian or Malay story, people sent home ("dipulangkan", "dibawa
//! pulang") with no destination and no nationality in their sentence go to
//! ID or MY when the latest nationals the story named were that side's and
//! the sentence does not call them foreigners, and so do people moved out
//! of another country with no destination and no nationality named
//! ("buronan … yang diekstradisi dari Thailand" → TH to ID); migrant workers ("pekerja
//! migran", "PMI", "TKI", `home_people` in `data/actor_cues.tsv`) in an
//! Indonesian story are Indonesians and go to ID (not in Malay, where
//! "pekerja migran" are foreign workers). People brought home "dari
//! sindiket di Kemboja dan Myanmar" were in every country of that location.
//! Its `countries` are its actors, every origin,
//! destination and transit country of its clause ("dari Kamboja, Myanmar,
//! dan Filipina"; "melalui Mae Sot, Thailand"), and the nationality of the
//! people moved in its clause: each is a party to the movement.
//!
//! # When
//!
//! An event's date is the first resolved date of its own sentence, else null:
//! a date two sentences back is as likely to date something else.
//!
//! # Counts
//!
//! A count in an event's sentence belongs to it when its kind matches the
//! event type (arrest, repatriation, rescue); other kinds (victims, involved,
//! cases, losses, other), and arrest or rescue counts whose own event is
//! missing, belong to an operation of the sentence. The event lists the
//! count's index in `counts`, and the count takes the event's countries,
//! place, date, origin and destination. A count tied to no event takes the
//! location of its own clause ("15.000 WNI terjebak di Kamboja" → KH, and the
//! place if one is named), the origin and destination of a "dari X ke Y" in
//! that clause, and the date of its sentence; otherwise its countries stay
//! empty.

mod cues;

use crate::case::Case;
use std::cmp::Reverse;

use crate::model::{CountKind, Document, Event, EventStatus, EventType, OrgKind, Span};
use crate::recognize::tokens::char_at;
use crate::recognize::Context;
use cues::{EventCue, Form, Hit, Mark, Position, Role, StatusCue, StatusKind};

/// Whether a bare host country ("di Laos") is an actor of an operation,
/// arrest or rescue that names other actors too (see the module docs).
const HOST_COUNTRY_IS_ACTOR: bool = false;

/// The most filler words read past when looking for a mention's preposition.
const MAX_FILLERS: usize = 3;

/// How far (in words) "akan", "will"… may stand before the cue it plans.
const PLANNED_WINDOW: usize = 8;

/// How far (in words) a negation may stand before the cue it negates.
const NEGATION_WINDOW: usize = 2;

/// How far (in words) "di antaranya", "including"… may stand before the
/// nationality of the part of a group it names.
const SUBSET_WINDOW: usize = 10;

/// How far (in words) "bekerja sama dengan" may stand before the partner it names.
const PARTNER_WINDOW: usize = 4;

/// How many words after "yang ditangkap di…" may pass before the country,
/// place or body that makes it an event.
const RELATIVE_REACH: usize = 5;

/// How far (in words) "urged", "mendesak", "harus"… may stand before the cue.
const UNREAL_WINDOW: usize = 5;

/// Builds the events of `doc` and fills in the actors of its counts.
pub fn relate(ctx: &Context, doc: &mut Document) {
    if ctx.text.is_empty() || ctx.sentences.is_empty() {
        return;
    }
    let (events, fills) = build(ctx, doc);
    doc.events = events;
    for (i, fill) in fills.into_iter().enumerate() {
        if let (Some(fill), Some(count)) = (fill, doc.counts.get_mut(i)) {
            count.countries = fill.countries;
            count.place = fill.place;
            count.date = fill.date;
            count.origin = fill.origin;
            count.destination = fill.destination;
        }
    }
}

/// What relate writes into one count.
#[derive(Clone, Debug, Default)]
struct Fill {
    countries: Vec<String>,
    place: Option<String>,
    date: Option<String>,
    origin: Option<String>,
    destination: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum MKind {
    Org,
    Place,
    Person,
    Country,
    /// "kedua negara", "the two sides": the two parties named before.
    Pair,
}

/// One span of a recognized entity.
#[derive(Clone, Copy, Debug)]
struct Mention<'d> {
    span: Span,
    kind: MKind,
    /// The country it names or belongs to.
    code: Option<&'d str>,
    /// The place name, for places.
    place: Option<&'d str>,
    /// The organization id, for organizations and persons who speak for one.
    org: Option<&'d str>,
    /// The second country, for pairs ("kedua negara").
    pair: Option<&'d str>,
    /// The third country, for "ketiga negara", "the three countries".
    third: Option<&'d str>,
    /// How many parties a pair phrase stands for (2 or 3; 0 otherwise).
    parties: u8,
    /// A capital that may stand for its government ("Beijing agreed…").
    capital: bool,
    /// For an organization whose name holds a place of another country
    /// ("KBRI di Phnom Penh", "Kedutaan Malaysia di Yangon"): that country,
    /// where the body works.
    host: Option<&'d str>,
}

impl<'d> Mention<'d> {
    /// A mention of the country `code`.
    fn country(span: Span, code: &'d str) -> Mention<'d> {
        Mention {
            span,
            kind: MKind::Country,
            code: Some(code),
            place: None,
            org: None,
            pair: None,
            third: None,
            parties: 0,
            capital: false,
            host: None,
        }
    }

    /// Whether the mention can act: a country, organization, person or pair,
    /// or a capital standing for its government; other places never act.
    fn can_act(&self) -> bool {
        self.kind != MKind::Place || self.capital
    }

    /// Makes a pair (or trio) mention stand for the countries `parties`.
    fn stand_for(&mut self, parties: &[&'d str]) {
        self.code = parties.first().copied();
        self.pair = parties.get(1).copied();
        self.third = parties.get(2).copied();
    }
}

/// What a mention does in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MRole {
    Neutral,
    Nationality,
    Location,
    Origin,
    Destination,
    Agent,
    Coagent,
    Transit,
    /// A country named only to say where a place lies: "Poipet, kota
    /// perbatasan dengan Thailand", "near the Thai border". It neither acts
    /// nor is where things happen.
    Landmark,
}

impl MRole {
    /// Whether a mention in this role acts: as subject, agent or partner,
    /// not as a place, an origin or a nationality.
    fn acts(self) -> bool {
        matches!(self, Self::Neutral | Self::Agent | Self::Coagent)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClauseKind {
    First,
    Coord,
    Rel,
    New,
}

#[derive(Clone, Copy, Debug)]
struct Clause {
    span: Span,
    kind: ClauseKind,
}

/// An event cue with what its clause says about it, before merging.
#[derive(Clone, Debug)]
struct Draft<'d> {
    kind: EventType,
    form: Form,
    start: usize,
    status: EventStatus,
    clause: usize,
    agents: Vec<&'d str>,
    orgs: Vec<&'d str>,
    hosts: Vec<&'d str>,
    place: Option<&'d str>,
    place_country: Option<&'d str>,
    origin: Option<&'d str>,
    destination: Option<&'d str>,
    /// Every country people moved from, to or through, and their nationality.
    movers: Vec<&'d str>,
    /// Whether its only actors are partners ("bekerja sama dengan polisi
    /// Kamboja"), so the side that worked with them goes unnamed.
    partners_only: bool,
    /// Whether the cue sends people home ("dipulangkan", "dibawa pulang",
    /// "repatriated", "flown home") rather than out ("deported").
    home_going: bool,
}

/// Whether a meeting verb closes a "where" clause ("on the Mekong where
/// Laos, Thailand and Myanmar meet"): countries whose borders meet, not a
/// meeting of their officials.
fn borders_meet(text: &str, sent_start: usize, cue: &Hit<EventCue>) -> bool {
    let after = text[cue.end..].trim_start_matches([' ', '\u{a0}']);
    if cue.info.form != Form::Act || !(after.is_empty() || after.starts_with(['.', ',', ';'])) {
        return false;
    }
    let from = cue.start.saturating_sub(120).max(sent_start);
    let from = (from..=cue.start)
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(cue.start);
    text[from..cue.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("where"))
}

/// How many countries a sentence may name as locations and still set the
/// scene of the story.
const SCENE_LIST: usize = 2;

/// Whether an operation cue says it is run together ("joint patrols",
/// "operasi gabungan", "rondaan bersama", "operasi bersepadu").
fn is_joint(cue: &str) -> bool {
    cue.split(|c: char| !c.is_alphanumeric()).any(|w| {
        [
            "joint",
            "coordinated",
            "combined",
            "gabungan",
            "bersama",
            "bersepadu",
            "terkoordinasi",
        ]
        .iter()
        .any(|j| w.eq_ignore_ascii_case(j))
    })
}

/// Whether a repatriation cue sends people home rather than out of a country.
fn is_home_going(cue: &str) -> bool {
    let cue = cue.to_ascii_lowercase();
    // "memulangkan": meN- drops the p of "pulang".
    ["pulang", "mulang", "repatri", "home", "balik"]
        .iter()
        .any(|w| cue.contains(w))
}

/// Whether a sentence sends people on to their home regions ("ke daerah
/// asal", "ke kampung halaman", "to their home provinces"): a leg inside
/// their own country.
fn is_domestic_leg(sentence: &str) -> bool {
    says_any(
        sentence,
        &[
            "daerah asal",
            "kampung halaman",
            "negeri asal",
            "home province",
            "home town",
            "hometown",
        ],
    )
}

/// Whether a sentence, in lower case, holds one of `phrases` ("home
/// province" also in "home provinces").
fn says_any(sentence: &str, phrases: &[&str]) -> bool {
    let lower = sentence.lower();
    phrases.iter().any(|p| lower.contains(p))
}

/// Whether a sentence says the people moved are foreigners ("warga asing",
/// "WNA", "foreign nationals"), whose home is not the article's.
fn names_foreigners(sentence: &str) -> bool {
    sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.eq_ignore_ascii_case("asing")
            || w.eq_ignore_ascii_case("wna")
            || w.get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("foreign"))
    })
}

fn is_enforcement(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Operation | EventType::Arrest | EventType::Rescue
    )
}

fn is_cooperation(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Meeting
            | EventType::Agreement
            | EventType::InformationSharing
            | EventType::Training
    )
}

fn valid_span(text: &str, s: Span) -> bool {
    s.0 < s.1 && s.1 <= text.len() && text.is_char_boundary(s.0) && text.is_char_boundary(s.1)
}

/// Every usable mention, sorted, with mentions inside a longer one dropped
/// ("Kamboja" inside "Kepolisian Nasional Kamboja" is the organization's).
fn collect_mentions<'d>(text: &str, doc: &'d Document, pairs: &[Hit<u8>]) -> Vec<Mention<'d>> {
    let mut out = Vec::new();
    for o in doc
        .organizations
        .iter()
        .filter(|o| o.kind != OrgKind::Media)
    {
        for &span in o.spans.iter().filter(|s| valid_span(text, **s)) {
            out.push(Mention {
                span,
                kind: MKind::Org,
                code: o.country.as_deref(),
                place: None,
                org: Some(&o.id),
                pair: None,
                third: None,
                parties: 0,
                capital: false,
                host: None,
            });
        }
    }
    for p in &doc.places {
        for &span in p.spans.iter().filter(|s| valid_span(text, **s)) {
            out.push(Mention {
                span,
                kind: MKind::Place,
                code: p.country.as_deref(),
                place: Some(&p.name),
                org: None,
                pair: None,
                third: None,
                parties: 0,
                capital: (cues::is_capital(&p.name) || local_authority(text, span))
                    && !is_dateline(text, span),
                host: None,
            });
        }
    }
    for p in &doc.persons {
        let org = p.organization.as_deref().and_then(|name| {
            doc.organizations
                .iter()
                .filter(|o| o.kind != OrgKind::Media)
                .find(|o| o.name == name || o.acronym.as_deref() == Some(name))
                .map(|o| o.id.as_str())
        });
        for &span in p.spans.iter().filter(|s| valid_span(text, **s)) {
            out.push(Mention {
                span,
                kind: MKind::Person,
                code: p.country.as_deref(),
                place: None,
                org,
                pair: None,
                third: None,
                parties: 0,
                capital: false,
                host: None,
            });
        }
    }
    for c in &doc.countries {
        for &span in c.spans.iter().filter(|s| valid_span(text, **s)) {
            out.push(Mention::country(span, &c.code));
        }
    }
    out.extend(pairs.iter().map(|h| Mention {
        span: Span(h.start, h.end),
        kind: MKind::Pair,
        code: None,
        place: None,
        org: None,
        pair: None,
        third: None,
        parties: h.info,
        capital: false,
        host: None,
    }));
    crate::sort::sort_by_key(&mut out, |m| (m.span.0, Reverse(m.span.1), m.kind));
    // An embassy names where it works: the place inside its name, and every
    // mention of it ("KBRI") works there.
    let mut hosts: Vec<(&str, &str)> = Vec::new();
    for (i, m) in out.iter().enumerate() {
        let Some(org) = m.org.filter(|_| m.kind == MKind::Org) else {
            continue;
        };
        let inside = out[i + 1..].iter().take_while(|p| p.span.0 < m.span.1);
        if let Some(host) = inside
            .filter(|p| p.kind == MKind::Place && p.span.1 <= m.span.1 && p.code != m.code)
            .find_map(|p| p.code)
        {
            hosts.push((org, host));
        }
    }
    for m in out.iter_mut().filter(|m| m.kind == MKind::Org) {
        m.host = hosts.iter().find(|h| Some(h.0) == m.org).map(|h| h.1);
    }
    let pointed = pointed_countries(text, &out);
    if !pointed.is_empty() {
        out.extend(pointed);
        crate::sort::sort_by_key(&mut out, |m| (m.span.0, Reverse(m.span.1), m.kind));
    }
    let mut last_end = 0;
    out.retain(|m| {
        let keep = m.span.0 >= last_end;
        if keep {
            last_end = m.span.1;
        }
        keep
    });
    out
}

/// Phrases that point back at the country last named: "after the country's
/// military raided it", "otoritas negara itu", "pihak berkuasa negara
/// tersebut". Not after a list of countries ("di Kemboja dan Myanmar …
/// negara itu"), nor Malay "negara berkenaan", which is as often "the
/// countries concerned".
const THAT_COUNTRY: &[&str] = &[
    "negara itu",
    "negara tersebut",
    "negeri itu",
    "negeri tersebut",
    "that country",
    "the country's",
    "the country’s",
];

/// A country mention for each phrase of [`THAT_COUNTRY`]: the country of the
/// latest country or place named before it (`sorted` are the mentions in
/// text order). "kedua negara itu" stays a pair: the earlier span wins.
fn pointed_countries<'d>(text: &str, sorted: &[Mention<'d>]) -> Vec<Mention<'d>> {
    // One pass for all the phrases, not one search each.
    static PHRASES: std::sync::LazyLock<crate::automaton::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            crate::automaton::build(&crate::automaton::AhoCorasick::builder(), THAT_COUNTRY)
                .expect("that-country phrases")
        });
    let mut out = Vec::new();
    for m in PHRASES.find_iter(text) {
        let (at, end) = (m.start(), m.end());
        let bounded = !text[..at].chars().next_back().is_some_and(is_word_char)
            && !text[end..].chars().next().is_some_and(is_word_char);
        if !bounded {
            continue;
        }
        // The countries and places before it, latest first, with their code.
        let mut earlier = sorted.iter().rev().filter_map(|m| {
            let named = m.span.1 <= at && matches!(m.kind, MKind::Country | MKind::Place);
            Some((m, m.code.filter(|_| named)?))
        });
        let Some((last, code)) = earlier.next() else {
            continue;
        };
        // "di Kemboja dan Myanmar … otoritas negara itu": after a list,
        // which one is meant is a guess.
        // "Myawaddy, Myanmar" is one place, not a list.
        let listed = earlier.next().is_some_and(|(prev, prev_code)| {
            let gap = text
                .get(prev.span.1..last.span.0)
                .unwrap_or("")
                .trim()
                .trim_start_matches(',')
                .trim();
            prev_code != code && matches!(gap, "" | "dan" | "and" | "serta" | "atau" | "or")
        });
        if !listed {
            out.push(Mention::country(Span(at, end), code));
        }
    }
    out
}

/// Whether the mention at `span` opens its line and is followed by a comma,
/// a parenthesis or a dash: a dateline ("PHNOM PENH, Xinhua –", "Jakarta
/// (ANTARA) -"), which names where the story was filed, not who acted.
fn is_dateline(text: &str, span: Span) -> bool {
    let line_start = text[..span.0].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..span.0].trim().is_empty()
        && text[span.1..]
            .trim_start()
            .starts_with([',', '(', '-', '\u{2013}', '\u{2014}'])
}

/// The items whose start (by `key`) lies in `span`, from a list sorted by it.
fn starting_in<T>(items: &[T], span: Span, key: impl Fn(&T) -> usize) -> &[T] {
    let lo = items.partition_point(|x| key(x) < span.0);
    let hi = items.partition_point(|x| key(x) < span.1);
    &items[lo..hi.max(lo)]
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

/// The token that ends before `pos` and starts at or after `lo`: a word, or
/// one punctuation character. Whitespace (including no-break space) is skipped.
fn prev_token(text: &str, lo: usize, pos: usize) -> Option<(usize, usize)> {
    let head = text.get(lo..pos)?.trim_end();
    let last = head.chars().next_back()?;
    let end = lo + head.len();
    if !is_word_char(last) {
        return Some((end - last.len_utf8(), end));
    }
    let word_len: usize = head
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    Some((end - word_len, end))
}

/// The token that starts at or after `pos` and ends by `hi`.
fn next_token(text: &str, pos: usize, hi: usize) -> Option<(usize, usize)> {
    // One walk over the chars (ASCII read as bytes): the spaces, then the word.
    let tail = text.get(pos..hi)?;
    let mut i = 0;
    let first = loop {
        let c = char_at(tail, i)?;
        if !c.is_whitespace() {
            break c;
        }
        i += c.len_utf8();
    };
    let start = pos + i;
    if !is_word_char(first) {
        return Some((start, start + first.len_utf8()));
    }
    let mut end = i + first.len_utf8();
    while let Some(c) = char_at(tail, end).filter(|&c| is_word_char(c)) {
        end += c.len_utf8();
    }
    Some((start, pos + end))
}

/// Verbs of sharing that make information sharing when what they share is
/// data, named within [`SHARE_WINDOW`] words: "shared phone records and
/// transaction data with Thai investigators", "bertukar nomor rekening dan
/// data", "berkongsi segala maklumat".
const SHARE_VERBS: &[&str] = &[
    "berbagi",
    "berkongsi",
    "bertukar",
    "exchange",
    "exchanged",
    "exchanges",
    "exchanging",
    "membagikan",
    "menukar",
    "share",
    "shared",
    "shares",
    "sharing",
];
const SHARED_THINGS: &[&str] = &[
    "addresses",
    "catatan",
    "data",
    "details",
    "identitas",
    "identities",
    "informasi",
    "information",
    "intelijen",
    "intelligence",
    "maklumat",
    "profiles",
    "records",
    "risikan",
];
const SHARE_WINDOW: usize = 4;

/// Adds an information-sharing cue for each sharing verb whose object, a few
/// words on in the same clause, is data, where no cue already stands.
fn sharing_with_object(text: &str, hits: &mut Vec<Hit<EventCue>>) {
    let is = |list: &[&str], w: &str| list.iter().any(|v| v.eq_ignore_ascii_case(w));
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some((at, b)) = next_token(text, pos, text.len()) {
        pos = b;
        if !is(SHARE_VERBS, &text[at..b]) || hits.iter().any(|h| h.start <= at && at < h.end) {
            continue;
        }
        let mut end = None;
        let mut p = b;
        for _ in 0..=SHARE_WINDOW {
            let Some((x, y)) = next_token(text, p, text.len()) else {
                break;
            };
            let t = &text[x..y];
            if !t.chars().all(is_word_char) {
                break; // punctuation ends the object
            }
            if is(SHARED_THINGS, t) {
                end = Some(y);
                break;
            }
            p = y;
        }
        if let Some(end) = end {
            found.push(Hit {
                start: at,
                end,
                info: EventCue {
                    kind: Some(EventType::InformationSharing),
                    form: Form::Act,
                    then: None,
                },
            });
        }
    }
    if !found.is_empty() {
        hits.extend(found);
        crate::sort::sort_by_key(hits, |h| (h.start, Reverse(h.end)));
    }
}

/// Whether the noun cue at `start..end` points back at an event the story
/// has told ("dalam operasi tersebut", "Dengan MoU ini", "operasi yang sama",
/// "Under the agreement", "during this operation"): not a new event.
fn refers_back(text: &str, sent: Span, start: usize, end: usize) -> bool {
    let lower = |(a, b): (usize, usize)| text[a..b].lower();
    let next = next_token(text, end, sent.1).map(lower);
    let after = match next.as_deref() {
        Some("yang") => next_token(text, end, sent.1)
            .and_then(|(_, b)| next_token(text, b, sent.1))
            .map(lower),
        _ => next,
    };
    if matches!(
        after.as_deref(),
        Some("ini" | "itu" | "tersebut" | "tadi" | "berkenaan" | "sama")
    ) {
        return true;
    }
    let prev = prev_token(text, sent.0, start);
    let before = prev.map(lower);
    let before2 = prev
        .and_then(|(a, _)| prev_token(text, sent.0, a))
        .map(lower);
    // "berdasarkan MoU", "sesuai kesepakatan", "in line with the agreement",
    // "pursuant to the treaty": acting on something agreed before.
    matches!(
        before.as_deref(),
        Some("this" | "that" | "these" | "those" | "berdasarkan" | "sesuai" | "selaras")
    ) || (before.as_deref() == Some("same") && before2.as_deref() == Some("the"))
        || (before.as_deref() == Some("the")
            && matches!(before2.as_deref(), Some("under" | "with" | "to")))
}

/// Whether the words just before a detention cue name a thing, not a
/// person: "paspor para korban ditahan", "their passports were withheld",
/// "gaji mereka ditahan" (the wages were held back).
fn things_held(text: &str, lo: usize, at: usize) -> bool {
    let mut pos = at;
    for _ in 0..4 {
        let Some((a, b)) = prev_token(text, lo, pos) else {
            return false;
        };
        let w = text[a..b].lower();
        if matches!(
            w.as_str(),
            "paspor"
                | "pasport"
                | "passport"
                | "passports"
                | "dokumen"
                | "documents"
                | "gaji"
                | "gajinya"
                | "wages"
                | "salaries"
                | "ponsel"
                | "telefon"
                | "phones"
                | "identitas"
        ) {
            return true;
        }
        // Stop at the end of the clause.
        if matches!(w.as_str(), "," | ";" | ":" | "dan" | "and") {
            return false;
        }
        pos = a;
    }
    false
}

/// Things taken, not people: "petugas mengamankan 14 unit telepon
/// genggam", "menahan sejumlah barang bukti".
const THINGS_TAKEN: &[&str] = &[
    "barang",
    "buah",
    "dokumen",
    "handphone",
    "kartu",
    "kendaraan",
    "komputer",
    "laptop",
    "lembar",
    "mobil",
    "motor",
    "paspor",
    "perangkat",
    "ponsel",
    "rekening",
    "senjata",
    "telepon",
    "uang",
    "unit",
];

/// Whether an active arrest cue takes things: its object, past a number
/// or "sejumlah", is a thing ("mengamankan 14 unit telepon genggam").
fn things_taken(text: &str, sent: Span, cue: &Hit<EventCue>) -> bool {
    if cue.info.form != Form::Act {
        return false;
    }
    let mut pos = cue.end;
    for _ in 0..3 {
        let Some((a, b)) = next_token(text, pos, sent.1) else {
            return false;
        };
        let w = text[a..b].lower();
        if THINGS_TAKEN.contains(&w.as_str()) {
            return true;
        }
        let quantity = w.chars().all(|c| c.is_ascii_digit() || c == '.')
            || matches!(
                w.as_str(),
                "sejumlah" | "beberapa" | "puluhan" | "ratusan" | "ribuan"
            );
        if !quantity {
            return false;
        }
        pos = b;
    }
    false
}

/// Things handed over, not people: "menyerahkan paspor", "menyerahkan Rp
/// 8,5 juta kepada perekrut", "berkas perkara diserahkan", "handed over
/// documents", "to hand over their ATM cards", "menyerahkan akaun bank",
/// "the probe had been handed over to the NIA".
const THINGS_HANDED: &[&str] = &[
    "account",
    "accounts",
    "akaun",
    "barang",
    "berkas",
    "bukti",
    "butiran",
    "card",
    "cards",
    "case",
    "cash",
    "credentials",
    "dana",
    "data",
    "details",
    "documents",
    "dokumen",
    "evidence",
    "files",
    "funds",
    "informasi",
    "information",
    "investigation",
    "kad",
    "kasus",
    "kelayakan",
    "kes",
    "laporan",
    "maklumat",
    "money",
    "passport",
    "passports",
    "paspor",
    "pasport",
    "passwords",
    "penyidikan",
    "probe",
    "rekening",
    "siasatan",
    "surat",
    "uang",
    "wang",
];

/// Words between a handing-over cue and what it hands over, or between a
/// passive cue and its subject, that say nothing about what is handed:
/// "hand over their cards", "uang itu telah diserahkan", "the probe had
/// been handed over".
const HANDED_FILLERS: &[&str] = &[
    "a", "all", "an", "been", "had", "has", "have", "her", "his", "ini", "is", "itu", "its",
    "kemudian", "lalu", "over", "para", "pun", "sudah", "telah", "the", "their", "tersebut", "was",
    "were",
];

/// Those who take over a suspect inside one country's justice: "diserahkan
/// kepada jaksa", "menyerahkan para tersangka … ke Kejaksaan Negeri",
/// "handed over to prosecutors".
const JUSTICE: &[&str] = &[
    "jaksa",
    "jpu",
    "kejaksaan",
    "kejari",
    "kejati",
    "mahkamah",
    "pendakwa",
    "pengadilan",
    "penuntut",
    "prosecution",
    "prosecutor",
    "prosecutors",
];

/// Those in the scheme whom victims are handed to: "diserahkan kepada
/// majikan di Kemboja", "menyerahkan mereka kepada pihak yang
/// mempekerjakan", "handed them over to the syndicate".
const HANDLERS: &[&str] = &[
    "employer",
    "employers",
    "majikan",
    "mempekerjakan",
    "perekrut",
    "recruiter",
    "recruiters",
    "sindikat",
    "sindiket",
    "syndicate",
    "syndicates",
];

/// Whether a handing-over cue ("menyerahkan", "diserahkan", "penyerahan",
/// "handed over") hands over things, passes suspects to prosecutors
/// ("penyerahan tahap dua") or victims to their traffickers, not people
/// across a border.
fn not_people_across(text: &str, sent: Span, cue: &Hit<EventCue>) -> bool {
    let word = text[cue.start..cue.end].lower();
    // "menyerahkan" drops the s of "serah".
    if !["serah", "nyerah", "hand"].iter().any(|w| word.contains(w)) {
        return false;
    }
    let thing = |w: &str| {
        THINGS_HANDED.contains(&w)
            || (w.starts_with("rp") && w[2..].chars().next().is_none_or(|c| c.is_ascii_digit()))
            || (w.starts_with("rm") && w[2..].chars().next().is_some_and(|c| c.is_ascii_digit()))
    };
    // The thing handed: the first two words after an active cue past its
    // fillers ("hand over their ATM cards"), or the word just before a
    // passive one past its fillers ("uang itu telah diserahkan").
    if cue.info.form != Form::Pas {
        let mut pos = cue.end;
        let mut words = 0;
        while let Some((a, b)) = next_token(text, pos, sent.1) {
            let w = text[a..b].lower();
            if thing(&w) || (words == 0 && w == "tahap") {
                return true;
            }
            if !HANDED_FILLERS.contains(&w.as_str()) {
                words += 1;
                if words == 2 || !w.starts_with(char::is_alphabetic) {
                    break;
                }
            }
            pos = b;
        }
    }
    let mut pos = cue.start;
    while let Some((a, b)) = prev_token(text, sent.0, pos) {
        let w = text[a..b].lower();
        if thing(&w) {
            return true;
        }
        if !HANDED_FILLERS.contains(&w.as_str()) {
            break;
        }
        pos = a;
    }
    // A passive cue whose sentence opens with a thing and names no number
    // of people before the cue: "Data hasil analisis PPATK, lanjut
    // Hendrawan, telah diserahkan kepada Bareskrim".
    if cue.info.form == Form::Pas {
        let head = &text[sent.0..cue.start];
        let mut first = head
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(|w| w.lower())
            .filter(|w| !HANDED_FILLERS.contains(&w.as_str()));
        if first.next().is_some_and(|w| thing(&w)) && !head.bytes().any(|b| b.is_ascii_digit()) {
            return true;
        }
    }
    // To whom: a prosecutor or a court within the next eight words, or an
    // employer or a syndicate within three words after "kepada" / "to".
    let mut pos = cue.end;
    let mut after_to: Option<usize> = None;
    for _ in 0..8 {
        let Some((a, b)) = next_token(text, pos, sent.1) else {
            break;
        };
        let w = text[a..b].lower();
        if JUSTICE.contains(&w.as_str()) {
            return true;
        }
        if let Some(n) = after_to.as_mut() {
            *n += 1;
            if *n <= 3 && HANDLERS.contains(&w.as_str()) {
                return true;
            }
        } else if matches!(w.as_str(), "kepada" | "to") {
            after_to = Some(0);
        }
        if matches!(w.as_str(), "," | ";" | ".") {
            break;
        }
        pos = b;
    }
    false
}

/// The number of words in `s`, counted no further than `cap + 1`: callers
/// only ask whether a gap is short, and a long clause must not cost more.
fn words_upto(s: &str, cap: usize) -> usize {
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(cap + 1)
        .count()
}

/// Whether only whitespace and at most one comma lie between `a` and `b`,
/// after the closing bracket of an acronym ("Polis Diraja Malaysia (PDRM)
/// dan Polis Kebangsaan Kemboja").
fn joined(text: &str, a: usize, b: usize) -> bool {
    match text.get(a..b) {
        Some(between) => {
            let t = between.trim();
            let t = t.strip_prefix(')').map_or(t, str::trim_start);
            t.is_empty() || t == ","
        }
        None => false,
    }
}

/// Whether a country mention's own words name people of that country:
/// "WNI", "warga negara Indonesia", "Indonesians", "Filipinos".
fn names_nationals(mention: &str) -> bool {
    let first = mention
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if ["wni", "wna", "tki", "pmi", "warga", "wn", "warganegara"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
    {
        return true;
    }
    let lower = mention.to_ascii_lowercase();
    mention.len() > 5
        && !lower.contains(' ')
        && ["ians", "eans", "ans", "nos", "ais", "nis"]
            .iter()
            .any(|s| lower.ends_with(s))
}

/// Whether a demonym after "in" names a language, not where things are:
/// "chat scripts in Chinese and English", "a notice in Thai." (a noun: no
/// noun follows it, as one does in "in Chinese waters").
fn names_language(text: &str, span: Span, lo: usize, hi: usize) -> bool {
    let word = &text[span.0..span.1];
    let demonym = word.ends_with("ese")
        || ["Thai", "Lao", "Khmer", "Malay", "Korean", "Tagalog"].contains(&word);
    let after_in = prev_token(text, lo, span.0).is_some_and(|(a, b)| &text[a..b] == "in");
    let alone = next_token(text, span.1, hi)
        .is_none_or(|(a, b)| matches!(&text[a..b], "and" | "or" | "," | "." | ";" | ")"));
    demonym && after_in && alone
}

/// The clauses of a sentence (see the module docs).
fn split_clauses(
    text: &str,
    sent: Span,
    marks: &[Hit<Mark>],
    ms: &[Mention],
    out: &mut Vec<Clause>,
) {
    out.clear();
    let mut start = sent.0;
    let mut kind = ClauseKind::First;
    for h in marks {
        let k = match h.info {
            Mark::ClauseCoord => ClauseKind::Coord,
            Mark::ClauseRel => ClauseKind::Rel,
            Mark::ClauseNew => ClauseKind::New,
            Mark::Relative
            | Mark::Soft
            | Mark::Subset
            | Mark::Partner
            | Mark::OwnPeople
            | Mark::HomePeople => continue,
        };
        if h.start <= sent.0 || h.start < start {
            continue;
        }
        if k == ClauseKind::Coord
            && text[h.start..].starts_with(',')
            && !new_subject_after(text, h, sent.1, ms)
        {
            continue;
        }
        if h.start > start {
            out.push(Clause {
                span: Span(start, h.start),
                kind,
            });
        }
        start = h.start;
        kind = k;
    }
    out.push(Clause {
        span: Span(start, sent.1),
        kind,
    });
}

/// Whether ", dan", ", and", ", serta" opens a clause with a subject of its own
/// ("…, dan polisi Laos menangkap…") rather than a list ("Vietnam, Kamboja,
/// dan Laos"; "listrik, internet, dan bahan bakar") or a shared subject
/// ("…, dan menangkap 40 orang").
fn new_subject_after(text: &str, h: &Hit<Mark>, hi: usize, ms: &[Mention]) -> bool {
    let list_of_mentions = ms
        .iter()
        .any(|m| m.span.1 <= h.start && text[m.span.1..h.start].trim().is_empty())
        && ms
            .iter()
            .any(|m| m.span.0 >= h.end && text[h.end..m.span.0].trim().is_empty());
    if list_of_mentions {
        return false;
    }
    let mut pos = h.end;
    for _ in 0..3 {
        let Some((a, b)) = next_token(text, pos, hi) else {
            return false;
        };
        if ms.iter().any(|m| m.span.0 == a) {
            return true;
        }
        match cues::word_role(&text[a..b]) {
            Some(Role::Authority) => return true,
            Some(Role::Adverb | Role::Filler) => pos = b,
            _ => return false,
        }
    }
    false
}

fn clause_of(clauses: &[Clause], at: usize) -> usize {
    clauses.iter().rposition(|c| c.span.0 <= at).unwrap_or(0)
}

/// Whether an Indonesian or Malay sentence places what happened at
/// someone's home: "di rumahnya", "di rumah masing-masing", "di
/// kediamannya".
fn taken_at_home(sentence: &str) -> bool {
    says_any(
        sentence,
        &[
            "di rumahnya",
            "di rumah masing-masing",
            "di kediamannya",
            "di rumah mereka",
        ],
    )
}

/// Whether the country at `span` only tells where a place lies: after
/// "perbatasan dengan", "berbatasan dengan", "bersempadan dengan", "border
/// with", "bordering" ("Poipet, kota perbatasan dengan Thailand", "on the
/// border with Thailand"), or before "border" after "near the" / "dekat"
/// ("near the Thai border").
fn border_landmark(text: &str, span: Span, lo: usize, hi: usize) -> bool {
    let lower = |t: Option<(usize, usize)>| t.map(|(a, b)| text[a..b].lower());
    let prev = prev_token(text, lo, span.0);
    let w1 = lower(prev);
    let w2 = lower(prev.and_then(|(a, _)| prev_token(text, lo, a)));
    let border = |w: Option<&str>| {
        matches!(
            w,
            Some("perbatasan" | "berbatasan" | "sempadan" | "bersempadan" | "border")
        )
    };
    if w1.as_deref() == Some("bordering")
        || (matches!(w1.as_deref(), Some("dengan" | "with")) && border(w2.as_deref()))
    {
        return true;
    }
    let next = next_token(text, span.1, hi);
    let near = matches!(
        (w2.as_deref(), w1.as_deref()),
        (Some("near"), Some("the")) | (_, Some("near" | "dekat"))
    );
    near && border(lower(next).as_deref())
}

/// The longest bracketed acronym read past in a list ("(Polri)", "(PDRM)").
const ACRONYM_BYTES: usize = 16;

/// The role of `ms[i]`, given the roles of the mentions before it.
fn role_of(
    text: &str,
    lo: usize,
    hi: usize,
    ms: &[Mention],
    i: usize,
    roles: &[MRole],
    in_count: bool,
) -> MRole {
    let m = ms[i];
    if m.kind == MKind::Country {
        if in_count || names_nationals(&text[m.span.0..m.span.1]) {
            return MRole::Nationality;
        }
        if let Some((a, b)) = next_token(text, m.span.1, hi) {
            if cues::word_role(&text[a..b]) == Some(Role::NationalityAfter) {
                return MRole::Nationality;
            }
        }
        if names_language(text, m.span, lo, hi) {
            return MRole::Nationality;
        }
        if border_landmark(text, m.span, lo, hi) {
            return MRole::Landmark;
        }
    }
    // "perbatasan Thailand-Myanmar": a hyphenated pair shares its role.
    if let Some(j) = i.checked_sub(1) {
        let dash = text[..m.span.0]
            .strip_suffix(['-', '–'])
            .is_some_and(|head| head.len() == ms[j].span.1);
        if dash && ms[j].span.0 >= lo {
            return roles[j];
        }
    }
    let mut pos = m.span.0;
    let mut fillers = 0;
    while let Some((a, b)) = prev_token(text, lo, pos) {
        let tok = &text[a..b];
        let role = cues::word_role(tok);
        // "Polis Diraja Malaysia (PDRM)": the acronym plays its name's part.
        if tok == "(" {
            if let Some(j) = i.checked_sub(1) {
                let prev = ms[j];
                if prev.span.0 >= lo && prev.span.1 <= a && joined(text, prev.span.1, a) {
                    return roles[j];
                }
            }
        }
        if tok == "," || tok == "&" || role == Some(Role::Coordinator) {
            if let Some(j) = i.checked_sub(1) {
                let prev = ms[j];
                if prev.span.0 >= lo && prev.span.1 <= a && joined(text, prev.span.1, a) {
                    // The list goes on after it, past its acronym:
                    // "PDRM, Kepolisian Negara Republik Indonesia (Polri) dan
                    // Polis Diraja Thailand".
                    let mut after = next_token(text, m.span.1, hi);
                    if let Some((_, y)) = after.filter(|&(x, y)| &text[x..y] == "(") {
                        after = text[y..hi]
                            .find(')')
                            .filter(|&k| k <= ACRONYM_BYTES)
                            .and_then(|k| next_token(text, y + k + 1, hi));
                    }
                    let continues = after.is_some_and(|(x, y)| {
                        let t = &text[x..y];
                        t == "," || cues::word_role(t) == Some(Role::Coordinator)
                    });
                    let apposition = prev.kind == MKind::Place
                        && m.kind == MKind::Country
                        && prev.code == m.code;
                    if tok != "," || continues || apposition {
                        return roles[j];
                    }
                }
            }
            return MRole::Neutral;
        }
        match role {
            Some(Role::Nationality) => return MRole::Nationality,
            Some(r @ (Role::Location | Role::Origin)) => {
                // "police in Laos", "counterparts in Singapore", "officers
                // from China's Ministry of Public Security", "polisi dari
                // Thailand": that country's authorities, read on as if "in X"
                // or "from X" were not there; not where things happen or
                // where people leave.
                let authority = prev_token(text, lo, a)
                    .filter(|&(x, y)| cues::word_role(&text[x..y]) == Some(Role::Authority));
                match authority {
                    Some((x, _)) if m.kind != MKind::Place && fillers < MAX_FILLERS => {
                        fillers += 1;
                        pos = x;
                    }
                    _ if r == Role::Origin => return MRole::Origin,
                    _ => return MRole::Location,
                }
            }
            Some(Role::Transit) => return MRole::Transit,
            Some(Role::Destination) => return MRole::Destination,
            Some(Role::Agent) => return MRole::Agent,
            Some(Role::Coagent) => return MRole::Coagent,
            Some(Role::Filler | Role::Authority) if fillers < MAX_FILLERS => {
                fillers += 1;
                pos = a;
            }
            _ => return MRole::Neutral,
        }
    }
    MRole::Neutral
}

/// Whether an English past form is passive: an auxiliary before it (past
/// adverbs), or a counted noun right before it ("20 people arrested in…").
fn aux_before(text: &str, lo: usize, pos: usize) -> bool {
    let mut pos = pos;
    for _ in 0..3 {
        let Some((a, b)) = prev_token(text, lo, pos) else {
            return false;
        };
        match cues::word_role(&text[a..b]) {
            Some(Role::Aux | Role::NationalityAfter) => return true,
            Some(Role::Adverb) => pos = a,
            _ => return false,
        }
    }
    false
}

/// Reads one sentence: its mentions with their roles, clauses and cues.
struct SentenceView<'s, 'd> {
    text: &'s str,
    span: Span,
    ms: &'s [Mention<'d>],
    roles: &'s [MRole],
    clauses: &'s [Clause],
    marks: &'s [Hit<Mark>],
    cues: &'s [Hit<EventCue>],
    status: &'s [Hit<StatusCue>],
    /// The document's quotes: a voice inside one does not act outside it.
    quotes: &'s [crate::model::Quote],
}

impl<'d> SentenceView<'_, 'd> {
    fn quoted(&self, pos: usize) -> bool {
        in_quotes(self.quotes, pos)
    }

    fn in_range(&self, i: usize, a: usize, b: usize) -> bool {
        let s = self.ms[i].span.0;
        a <= s && s < b
    }

    /// Indices of mentions starting in `[a, b)` with a role that passes `f`.
    fn with_role(&self, a: usize, b: usize, f: impl Fn(MRole) -> bool) -> Vec<usize> {
        (0..self.ms.len())
            .filter(|&i| self.in_range(i, a, b) && f(self.roles[i]))
            .collect()
    }

    /// The mentions joined to `ms[i]` by "dan", "and", commas, forwards.
    fn run_forward(&self, i: usize, hi: usize) -> Vec<usize> {
        let mut run = vec![i];
        let mut j = i;
        while j + 1 < self.ms.len() && self.ms[j + 1].span.0 < hi {
            let (a, b) = (self.ms[j].span.1, self.ms[j + 1].span.0);
            let between = self.text.get(a..b).unwrap_or("").trim();
            let linked = !between.is_empty()
                && between.trim_start_matches(',').split_whitespace().all(|w| {
                    matches!(
                        cues::word_role(w),
                        Some(Role::Coordinator | Role::Authority | Role::Filler)
                    )
                });
            if !linked {
                break;
            }
            j += 1;
            run.push(j);
        }
        run
    }

    /// The mentions that end right before `at`, with those coordinated before them.
    fn run_back(&self, at: usize, lo: usize) -> Vec<usize> {
        let Some(last) = (0..self.ms.len())
            .rev()
            .find(|&i| self.ms[i].span.1 <= at && self.ms[i].span.0 >= lo)
        else {
            return Vec::new();
        };
        if !self.text[self.ms[last].span.1..at].trim().is_empty() {
            return Vec::new();
        }
        let mut run = vec![last];
        let mut j = last;
        while j > 0 && self.ms[j - 1].span.0 >= lo {
            let between = self.text[self.ms[j - 1].span.1..self.ms[j].span.0].trim();
            let between = between.trim_start_matches(',').trim();
            let linked = between.is_empty()
                || between == ","
                || cues::word_role(between) == Some(Role::Coordinator);
            if !linked {
                break;
            }
            j -= 1;
            run.push(j);
        }
        run
    }

    /// The neutral subject of clause `k`: the acting mentions before its first cue.
    fn subject_of(&self, k: usize) -> Vec<usize> {
        let mut k = k;
        loop {
            let c = self.clauses[k].span;
            let first_cue = self
                .cues
                .iter()
                .find(|h| h.start >= c.0 && h.start < c.1)
                .map_or(c.1, |h| h.start);
            let subject = self.with_role(c.0, first_cue, |r| r == MRole::Neutral);
            let subject: Vec<usize> = subject
                .into_iter()
                .filter(|&i| self.ms[i].can_act())
                .collect();
            if !subject.is_empty() || self.clauses[k].kind != ClauseKind::Coord || k == 0 {
                return subject;
            }
            k -= 1;
        }
    }

    /// Whether mention `i` names part of a larger group: "di antaranya",
    /// "termasuk", "including", "sebagian besar" stands at most
    /// [`SUBSET_WINDOW`] words before it in its clause ("261 orang …, di
    /// antaranya warga Etiopia, Kenya, Filipina, dan Indonesia").
    fn in_subset(&self, i: usize) -> bool {
        let at = self.ms[i].span.0;
        let lo = self.clauses[clause_of(self.clauses, at)].span.0;
        after_subset(self.text, self.marks, lo, at)
    }

    /// Whether mention `i` is a partner: a co-agent after "bekerja sama
    /// dengan", "berkoordinasi dengan" (at most [`PARTNER_WINDOW`] words before it).
    fn is_partner(&self, i: usize) -> bool {
        let at = self.ms[i].span.0;
        self.roles[i] == MRole::Coagent
            && self.marks.iter().any(|h| {
                h.info == Mark::Partner
                    && h.end <= at
                    && words_upto(&self.text[h.end..at], PARTNER_WINDOW) <= PARTNER_WINDOW
            })
    }

    /// Whether a relative pronoun ("yang", "which") stands in `[a, b)`.
    fn relative_between(&self, a: usize, b: usize) -> bool {
        self.marks
            .iter()
            .any(|h| h.info == Mark::Relative && h.start >= a && h.end <= b)
    }

    /// Whether an event cue of the sentence starts in `[a, b)`.
    fn cue_starts_in(&self, a: usize, b: usize) -> bool {
        self.cues.iter().any(|o| a <= o.start && o.start < b)
    }

    /// The status of cue `c` in its clause, or `None` when it is negated.
    fn status_of(&self, c: &Hit<EventCue>, clause: Span) -> Option<EventStatus> {
        let mut nearest: Option<(usize, StatusKind)> = None;
        let mut planned_after = false;
        for h in self.status {
            // "Anyone who … will be arrested": an indefinite subject makes
            // every cue after it in the sentence generic, however far, and
            // whatever relative clause lies between.
            if h.info.kind == StatusKind::Generic {
                if h.start >= self.span.0 && h.end <= c.start {
                    return None;
                }
                continue;
            }
            if h.start < clause.0 || h.end > clause.1 {
                continue;
            }
            if h.end <= c.start && h.info.position != Position::After {
                let between = &self.text[h.end..c.start];
                let gap = words_upto(between, PLANNED_WINDOW.max(UNREAL_WINDOW));
                let counts = match h.info.kind {
                    StatusKind::Negated => {
                        if gap <= NEGATION_WINDOW && !between.contains(',') {
                            return None;
                        }
                        false
                    }
                    StatusKind::Unreal => {
                        if gap <= UNREAL_WINDOW {
                            return None;
                        }
                        false
                    }
                    StatusKind::Topic => {
                        let people = matches!(
                            c.info.kind,
                            Some(EventType::Arrest | EventType::Rescue | EventType::Repatriation)
                        );
                        if people && gap <= UNREAL_WINDOW {
                            return None;
                        }
                        gap <= PLANNED_WINDOW
                    }
                    // "Rencana repatriasi yang disepakati…": the plan is the
                    // noun's, not the relative clause's.
                    StatusKind::Planned => {
                        gap <= PLANNED_WINDOW && !self.relative_between(h.end, c.start)
                    }
                    StatusKind::Agreed => !self.relative_between(h.end, c.start),
                    StatusKind::Generic | StatusKind::None => false,
                };
                if counts && nearest.is_none_or(|(end, _)| end <= h.end) {
                    // Cooperation discussed is still to come.
                    let kind = match h.info.kind {
                        StatusKind::Topic => StatusKind::Planned,
                        k => k,
                    };
                    nearest = Some((h.end, kind));
                }
            } else if h.start >= c.end
                && c.info.form == Form::Noun
                && h.info.position != Position::Before
                && h.info.kind == StatusKind::Planned
                && (words_upto(&self.text[c.end..h.start], 3) <= 3
                    || self.heads_clause(c, clause, h.start)
                    || self.planned_by_relative(c, h.start))
            {
                planned_after = true;
            }
        }
        let kind = c.info.kind?;
        Some(match nearest.map(|n| n.1) {
            Some(StatusKind::Agreed) => EventStatus::Agreed,
            Some(StatusKind::Planned) => EventStatus::Planned,
            _ if planned_after => EventStatus::Planned,
            _ if kind == EventType::Agreement => EventStatus::Agreed,
            _ => EventStatus::Reported,
        })
    }

    /// Whether noun cue `c` heads its clause as the subject of a verb at
    /// `verb` ("Patroli bersama di sepanjang perbatasan Kalbar–Sarawak
    /// direncanakan mulai Juni", "Satu operasi bersepadu … dijangka
    /// dilaksanakan"): at most one word before it, and no other cue or
    /// relative pronoun between it and the verb.
    fn heads_clause(&self, c: &Hit<EventCue>, clause: Span, verb: usize) -> bool {
        words_upto(&self.text[clause.0.min(c.start)..c.start], 1) <= 1
            && !self.relative_between(c.end, verb)
            && !self.cue_starts_in(c.end, verb)
    }

    /// Whether a relative clause right after noun cue `c` and its phrase
    /// opens with the planned verb at `verb`: "pertemuan trilateral dengan
    /// PDRM yang dijadwalkan berlangsung di Kuala Lumpur", "a meeting of
    /// police chiefs which will be held in Hanoi".
    fn planned_by_relative(&self, c: &Hit<EventCue>, verb: usize) -> bool {
        !self.cue_starts_in(c.end, verb)
            && self.marks.iter().any(|h| {
                h.info == Mark::Relative
                    && h.start >= c.end
                    && h.end <= verb
                    && words_upto(&self.text[c.end..h.start], 8) <= 8
                    && words_upto(&self.text[h.end..verb], 1) <= 1
            })
    }

    /// The part of clause `k` around `[a, b)` that relative pronouns and
    /// speech verbs leave it: "menangkap 13 tersangka yang mengendalikan situs
    /// di Kamboja" does not arrest in Cambodia. A relative right after a noun
    /// (`extend`) describes that noun and stays: "pertemuan yang digelar di Bali".
    fn scope(&self, k: usize, a: usize, b: usize, extend: bool) -> Span {
        let c = self.clauses[k].span;
        let bounds = self.marks.iter().filter(|h| {
            matches!(h.info, Mark::Relative | Mark::Soft) && h.start >= c.0 && h.end <= c.1
        });
        let start = bounds
            .clone()
            .filter(|h| h.end <= a)
            .map(|h| h.end)
            .max()
            .unwrap_or(c.0);
        let mut after = bounds.filter(|h| h.start >= b);
        let end = match after.next() {
            Some(first)
                if extend
                    && first.info == Mark::Relative
                    && words_upto(&self.text[b..first.start], 2) <= 2 =>
            {
                after.next().map_or(c.1, |h| h.start)
            }
            Some(first) => first.start,
            None => c.1,
        };
        Span(start, end)
    }

    /// The location mentions in `scope`: (place, its country, bare countries).
    fn location(&self, scope: Span) -> (Option<&'d str>, Option<&'d str>, Vec<&'d str>) {
        self.located(scope, MRole::Location)
    }

    /// The mentions of `role` in `scope` as a location: (place, its
    /// country, bare countries).
    fn located(
        &self,
        scope: Span,
        role: MRole,
    ) -> (Option<&'d str>, Option<&'d str>, Vec<&'d str>) {
        let locs = self.with_role(scope.0, scope.1, |r| r == role);
        let place = locs.iter().find(|&&i| self.ms[i].kind == MKind::Place);
        let hosts = locs
            .iter()
            .filter(|&&i| self.ms[i].kind == MKind::Country)
            .filter_map(|&i| self.ms[i].code)
            .collect();
        (
            place.and_then(|&i| self.ms[i].place),
            place.and_then(|&i| self.ms[i].code),
            hosts,
        )
    }

    /// The draft event of cue `ci`, or `None` when it is negated.
    fn draft(&self, ci: usize) -> Option<Draft<'d>> {
        let cue = self.cues[ci];
        let kind = cue.info.kind?;
        if cue.info.form == Form::Noun && refers_back(self.text, self.span, cue.start, cue.end) {
            return None;
        }
        if kind == EventType::Arrest
            && (things_held(self.text, self.span.0, cue.start)
                || things_taken(self.text, self.span, &cue))
        {
            return None;
        }
        if kind == EventType::Meeting && borders_meet(self.text, self.span.0, &cue) {
            return None;
        }
        if kind == EventType::Repatriation && not_people_across(self.text, self.span, &cue) {
            return None;
        }
        if matches!(
            kind,
            EventType::Arrest | EventType::Rescue | EventType::Repatriation
        ) && self.bare_relative(&cue)
        {
            return None;
        }
        let k = clause_of(self.clauses, cue.start);
        let clause = self.clauses[k].span;
        let status = self.status_of(&cue, clause)?;
        let next = self.cues[ci + 1..]
            .iter()
            .map(|h| h.start)
            .find(|&s| s >= cue.end)
            .unwrap_or(clause.1)
            .min(clause.1);
        let passive = match cue.info.form {
            Form::Pas => true,
            Form::Pp => {
                aux_before(self.text, clause.0, cue.start)
                    || !self
                        .with_role(cue.end, next, |r| r == MRole::Agent)
                        .is_empty()
            }
            _ => false,
        };

        let mut actors: Vec<usize> = self.with_role(cue.end, next, |r| r == MRole::Agent);
        if actors.is_empty() {
            // Not an "oleh" phrase after a later cue of the clause: it is
            // that cue's ("membebaskan mereka dalam penggerebekan, lalu
            // mereka dipulangkan … oleh KBRI").
            actors = self.with_role(clause.0, next, |r| r == MRole::Agent);
        }
        actors.extend(self.with_role(clause.0, clause.1, |r| r == MRole::Coagent));
        if !passive {
            actors.extend(self.subject_before(k, cue.start));
        }
        if passive || cue.info.form == Form::Noun {
            actors.extend(self.authority_after(cue.end, next));
        }
        let taking_part = |r: MRole| {
            matches!(
                r,
                MRole::Neutral | MRole::Origin | MRole::Destination | MRole::Agent | MRole::Coagent
            )
        };
        if is_cooperation(kind) {
            actors.extend(self.with_role(clause.0, clause.1, taking_part));
        }
        // A voice inside a quote does not act outside it, nor the other way.
        let cue_quoted = self.quoted(cue.start);
        actors.retain(|&i| self.quoted(self.ms[i].span.0) == cue_quoted);
        // Partners alone: "bekerja sama dengan polisi Laos", or a
        // cooperation whose only side is the one worked with ("bertukar
        // maklumat dengan Polis Kebangsaan Kemboja"). A body of no country
        // ("menerusi saluran ASEANAPOL") is no side.
        let sided: Vec<usize> = actors
            .iter()
            .copied()
            .filter(|&i| self.ms[i].code.is_some())
            .collect();
        let partners_only = !sided.is_empty()
            && sided.iter().all(|&i| {
                self.is_partner(i) || (is_cooperation(kind) && self.roles[i] == MRole::Coagent)
            });
        let (mut agents, mut orgs) = self.codes_of(&mut actors, kind);
        if is_cooperation(kind) && agents.is_empty() && orgs.is_empty() {
            // "berjabat tangan dengan pejabat Kamboja usai penandatanganan MoU";
            // not from a quote the cue stands outside of ("'…Filipina,
            // Vietnam…,' katanya selepas mesyuarat MAPO").
            let mut all = self.with_role(self.span.0, self.span.1, taking_part);
            all.retain(|&i| self.quoted(self.ms[i].span.0) == cue_quoted);
            (agents, orgs) = self.codes_of(&mut all, kind);
        }

        let noun = cue.info.form == Form::Noun;
        let scope = self.scope(k, cue.start, cue.end, noun);
        // "… di Myawaddy, Myanmar, berjaya ditumpaskan polis menerusi operasi
        // serentak di Selangor": a noun's own place, right after it, over
        // one named earlier in its scope.
        let own = Span(cue.end.max(scope.0), scope.1);
        let (mut place, mut place_country, mut hosts) = match self.location(own) {
            found @ (Some(_), _, _) if noun => found,
            _ => self.location(scope),
        };
        if kind == EventType::Rescue && place.is_none() && hosts.is_empty() {
            // "20 WNI yang dibebaskan dari kawasan Segitiga Emas, Bokeo,
            // Laos": people are freed where they were held.
            (place, place_country, hosts) = self.located(scope, MRole::Origin);
        }
        let mut status = status;
        if kind != EventType::Agreement && self.agreement_right_after(&cue, next) {
            status = EventStatus::Agreed; // "rencana repatriasi yang disepakati"
        }
        let mut draft = Draft {
            kind,
            form: cue.info.form,
            start: cue.start,
            status,
            clause: k,
            agents,
            orgs,
            hosts,
            place,
            place_country,
            origin: None,
            destination: None,
            movers: Vec::new(),
            partners_only,
            home_going: kind == EventType::Repatriation
                && is_home_going(&self.text[cue.start..cue.end]),
        };
        if kind == EventType::Repatriation {
            self.movement(&mut draft, clause);
        }
        if kind == EventType::Operation && is_joint(&self.text[cue.start..cue.end]) {
            self.border_sides(&mut draft, scope);
        }
        Some(draft)
    }

    /// "Patroli bersama di sepanjang perbatasan Kalbar–Sarawak", "operasi
    /// bersepadu … di Bukit Kayu Hitam dan Sadao": a joint operation held
    /// on both sides of a border is run by both countries, when the clause
    /// names fewer than two sides itself.
    fn border_sides(&self, draft: &mut Draft<'d>, scope: Span) {
        let mut sides: Vec<&'d str> = draft.agents.clone();
        crate::sort::sort(&mut sides);
        sides.dedup();
        if sides.len() >= 2 {
            return;
        }
        let mut held: Vec<&'d str> = self
            .with_role(scope.0, scope.1, |r| {
                matches!(r, MRole::Location | MRole::Neutral)
            })
            .into_iter()
            .filter(|&i| matches!(self.ms[i].kind, MKind::Place | MKind::Country))
            .filter(|&i| !is_dateline(self.text, self.ms[i].span))
            .filter_map(|i| self.ms[i].code)
            .collect();
        crate::sort::sort(&mut held);
        held.dedup();
        if held.len() == 2 {
            for code in held {
                if !draft.agents.contains(&code) {
                    draft.agents.push(code);
                }
            }
        }
    }

    /// Whether a passive cue only describes people by what was done to them
    /// ("setiap WNI yang diselamatkan", "warga Tiongkok yang ditahan dalam
    /// penggerebekan terbaru", "WNI yang dipulangkan berasal dari Jawa
    /// Barat"): "yang" before it and no "di", "ke", "dari", "oleh"… phrase
    /// naming a country, place or body right after it. "yang ditangkap di
    /// Bekasi" and "yang diserahkan ke Tiongkok" still tell an event.
    fn bare_relative(&self, cue: &Hit<EventCue>) -> bool {
        if !matches!(cue.info.form, Form::Pas | Form::Pp) {
            return false;
        }
        let prev = prev_token(self.text, self.span.0, cue.start);
        if !prev.is_some_and(|(a, b)| self.text[a..b].eq_ignore_ascii_case("yang")) {
            return false;
        }
        // "WNI yang dipulangkan pemerintah dari Myawaddy": an authority
        // (and its fillers) may stand between the cue and the phrase.
        let mut at = cue.end;
        let circumstance = loop {
            let Some((a, b)) = next_token(self.text, at, self.span.1) else {
                return true;
            };
            // "67 WNI yang diselamatkan aparat Laos": an authority and then a
            // country or body is the agent; the event is told.
            if at > cue.end && self.ms.iter().any(|m| m.span.0 == a && m.can_act()) {
                return false;
            }
            match cues::word_role(&self.text[a..b]) {
                Some(Role::Authority | Role::Filler)
                    if words_upto(&self.text[cue.end..b], 3) <= 2 =>
                {
                    at = b
                }
                role => {
                    break matches!(
                        role,
                        Some(
                            Role::Location
                                | Role::Origin
                                | Role::Destination
                                | Role::Transit
                                | Role::Agent
                        )
                    );
                }
            }
        };
        let b = at;
        let reach = self.text[b..self.span.1]
            .char_indices()
            .filter(|&(_, c)| c == ' ')
            .nth(RELATIVE_REACH)
            .map_or(self.span.1, |(k, _)| b + k);
        !(circumstance && self.ms.iter().any(|m| m.span.0 >= b && m.span.0 < reach))
    }

    /// Country codes and organization ids of the acting mentions `idx`.
    fn codes_of(&self, idx: &mut Vec<usize>, kind: EventType) -> (Vec<&'d str>, Vec<&'d str>) {
        crate::sort::sort(idx);
        idx.dedup();
        let mut agents = Vec::new();
        let mut orgs = Vec::new();
        for &i in idx.iter() {
            let m = self.ms[i];
            let place_takes_part =
                is_cooperation(kind) && matches!(self.roles[i], MRole::Origin | MRole::Destination);
            let capital_acts = m.capital && self.roles[i].acts();
            if m.kind == MKind::Place && !place_takes_part && !capital_acts {
                continue;
            }
            agents.extend(m.code);
            agents.extend(m.pair);
            agents.extend(m.third);
            orgs.extend(m.org);
            if matches!(kind, EventType::Rescue | EventType::Repatriation) {
                // "dipulangkan dengan bantuan KBRI di Phnom Penh": people
                // leave the country the embassy works in.
                agents.extend(m.host);
            }
        }
        (agents, orgs)
    }

    /// Whether an agreement cue follows cue `c` within three words ("yang disepakati").
    fn agreement_right_after(&self, c: &Hit<EventCue>, hi: usize) -> bool {
        self.cues.iter().any(|h| {
            h.info.kind == Some(EventType::Agreement)
                && h.start >= c.end
                && h.start <= hi.max(c.end)
                && words_upto(&self.text[c.end..h.start], 3) <= 3
        })
    }

    /// The acting mentions before an active cue in clause `k` (see the module docs).
    fn subject_before(&self, k: usize, at: usize) -> Vec<usize> {
        let c = self.clauses[k];
        // "Polisi Thailand, yang bekerja sama dengan Kepolisian Kamboja,
        // menangkap 12 tersangka": a verb right after the comma that closes
        // a relative aside is the main clause's, whose subject stands
        // right before the aside.
        let head = self.text[c.span.0..at].trim_end();
        if c.kind == ClauseKind::Rel && k > 0 && head.len() > 1 && head.ends_with(',') {
            let main = self.body_before_relative(k);
            if !main.is_empty() {
                return main;
            }
        }
        let acting = |r: MRole| r == MRole::Neutral;
        let mut before: Vec<usize> = self
            .with_role(c.span.0, at, acting)
            .into_iter()
            .filter(|&i| self.ms[i].can_act())
            .collect();
        let soft = self
            .marks
            .iter()
            .filter(|h| h.info == Mark::Soft && h.start >= c.span.0 && h.end <= at)
            .map(|h| h.end)
            .next_back();
        if let Some(soft_end) = soft {
            if before.iter().any(|&i| self.ms[i].span.0 >= soft_end) {
                before.retain(|&i| self.ms[i].span.0 >= soft_end);
            }
        }
        let near_start = || {
            self.ms
                .iter()
                .all(|m| m.span.0 >= at || m.span.0 < c.span.0)
                && words_upto(&self.text[c.span.0..at], 4) <= 4
        };
        if before.is_empty() && k > 0 && near_start() {
            before = match c.kind {
                ClauseKind::Coord => self.subject_of(k - 1),
                // "KBRI meneruskan laporan kepada Kepolisian Nasional Kamboja,
                // yang kemudian menggerebek lokasi itu": the body right before
                // the relative pronoun, whatever it was to the main clause.
                ClauseKind::Rel => self.body_before_relative(k),
                _ => Vec::new(),
            };
        }
        before
    }

    /// The bodies that can act right before relative clause `k` (`k` > 0)
    /// opens, with those joined to them by "dan" or commas.
    fn body_before_relative(&self, k: usize) -> Vec<usize> {
        self.run_back(self.clauses[k].span.0, self.clauses[k - 1].span.0)
            .into_iter()
            .filter(|&i| {
                !matches!(
                    self.roles[i],
                    MRole::Nationality | MRole::Location | MRole::Landmark
                ) && self.ms[i].can_act()
            })
            .collect()
    }

    /// An authority phrase right after a passive or noun cue: "ditangkap polisi
    /// Thailand", "operasi gabungan polisi Vietnam dan Laos", "diamankan Polri".
    fn authority_after(&self, from: usize, hi: usize) -> Vec<usize> {
        let Some(first) = (0..self.ms.len()).find(|&i| self.in_range(i, from, hi)) else {
            return Vec::new();
        };
        let m = self.ms[first];
        if self.roles[first] == MRole::Nationality {
            return Vec::new();
        }
        let between = &self.text[from..m.span.0];
        let mut words = between
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .peekable();
        let ok = if words.peek().is_none() {
            // "operasi gabungan Tiongkok, Myanmar, dan Thailand", "diamankan Polri"
            m.can_act()
        } else {
            // "ditangkap tim Subdit IV Renakta Ditreskrimum Polda Sumsel":
            // the capitalized units of a body before its name count as an
            // authority, up to four words.
            let unit = m.kind == MKind::Org && words_upto(between, 4) <= 4;
            let mut authority = false;
            let all = words.all(|w| match cues::word_role(w) {
                Some(Role::Authority) => {
                    authority = true;
                    true
                }
                Some(Role::Filler) => true,
                None if unit && w.starts_with(|c: char| c.is_uppercase()) => {
                    authority = true;
                    true
                }
                _ => false,
            });
            all && authority && !between.contains(',')
        };
        if !ok {
            return Vec::new();
        }
        self.run_forward(first, hi)
            .into_iter()
            .filter(|&i| self.roles[i] != MRole::Nationality)
            .collect()
    }

    /// The span of clause `k` with the clauses around it that share its
    /// subject: it ends before the next clause with a subject of its own
    /// ("sementara", "while", ";") and starts at the last one at or before
    /// `k`.
    fn stretch(&self, k: usize) -> Span {
        let cs = self.clauses;
        let first = (1..=k)
            .rev()
            .find(|&j| cs[j].kind == ClauseKind::New)
            .unwrap_or(0);
        let last = (k + 1..cs.len())
            .find(|&j| cs[j].kind == ClauseKind::New)
            .map_or(cs.len() - 1, |j| j - 1);
        Span(cs[first].span.0, cs[last].span.1)
    }

    /// Origin, destination and the other countries of a repatriation (see
    /// the module docs).
    fn movement(&self, d: &mut Draft<'d>, clause: Span) {
        let codes = |role: MRole, a: usize, b: usize| -> Vec<&'d str> {
            self.with_role(a, b, |r| r == role)
                .into_iter()
                .filter_map(|i| self.ms[i].code)
                .collect()
        };
        // "Perekrut WNI ke Kamboja diserahkan ke Polri": a "ke X" before the
        // cue belongs to another movement.
        let origins = codes(MRole::Origin, clause.0, clause.1);
        let destinations = codes(MRole::Destination, d.start, clause.1);
        // "mendeportasi 2.719 warga asing, di antaranya 318 WNI": the part
        // of a larger group says nothing of where the group goes.
        let whole = |role: MRole, a: usize, b: usize| -> Vec<&'d str> {
            self.with_role(a, b, |r| r == role)
                .into_iter()
                .filter(|&i| !self.in_subset(i))
                .filter_map(|i| self.ms[i].code)
                .collect()
        };
        let nationals = whole(MRole::Nationality, clause.0, clause.1);
        d.origin = origins.first().copied();
        d.destination = destinations.first().copied();
        if d.place.is_none() {
            d.place = self
                .with_role(clause.0, clause.1, |r| r == MRole::Origin)
                .into_iter()
                .find_map(|i| self.ms[i].place);
        }
        // The clauses that share the event's subject: not one that has a
        // subject of its own ("…memulangkan gelombang berikutnya, sementara
        // Myanmar akan terus menggelar razia di Myawaddy").
        let stretch = self.stretch(d.clause);
        // "Tiongkok memulangkan 900 warganya", "India flew home 549 of its
        // citizens": the one side that acts takes its own people home.
        if let [agent] = d.agents[..] {
            if d.destination.is_none()
                && self
                    .marks
                    .iter()
                    .any(|h| h.info == Mark::OwnPeople && h.start >= d.start && h.end <= clause.1)
            {
                d.destination = Some(agent);
            }
        }
        if d.destination.is_none() {
            d.destination = nationals.first().copied().or_else(|| {
                whole(MRole::Nationality, stretch.0, stretch.1)
                    .first()
                    .copied()
            });
        }
        if d.origin.is_none() {
            // "Mereka kini ditangani KBRI Bangkok dan dijadwalkan dipulangkan":
            // people leave the country an embassy of the sentence works in.
            let embassy = self
                .ms
                .iter()
                .filter(|m| stretch.0 <= m.span.0 && m.span.0 < stretch.1)
                .find_map(|m| m.host);
            let (place, place_country, hosts) = self.location(stretch);
            d.origin = d
                .place_country
                .or(d.hosts.first().copied())
                .or(embassy)
                .or(place_country)
                .or(hosts.first().copied());
            d.place = d.place.or(place);
        }
        if d.origin.is_some() && d.origin == d.destination {
            d.origin = None;
        }
        d.movers = origins;
        // "dibawa pulang dari sindiket di Kemboja dan Myanmar": every country
        // the people were in, when no place says which.
        if d.place_country.is_none() {
            d.movers.extend(d.hosts.iter().skip(1));
        }
        d.movers.extend(destinations);
        d.movers.extend(codes(MRole::Transit, clause.0, clause.1));
        d.movers.extend(nationals);
    }
}

impl<'d> Draft<'d> {
    /// The sorted, unique actor countries of the finished draft.
    fn countries(&self) -> Vec<String> {
        let mut out: Vec<&str> = self.agents.clone();
        if is_enforcement(self.kind) {
            if HOST_COUNTRY_IS_ACTOR || out.is_empty() {
                out.extend(&self.hosts);
            }
            if out.is_empty() {
                out.extend(self.place_country);
            }
        } else if self.kind == EventType::Repatriation {
            out.extend(self.origin);
            out.extend(self.destination);
            out.extend(&self.movers);
        } else if out.is_empty() {
            out.extend(&self.hosts);
            out.extend(self.place_country);
        }
        crate::sort::sort(&mut out);
        out.dedup();
        out.into_iter().map(str::to_string).collect()
    }
}

/// Ties the drafts of one sentence together: enforcement events of a clause
/// share actors, the objects of an agreement are agreed by its parties, and a
/// repatriation without origin takes the one actor that is not its destination.
fn settle(drafts: &mut [Draft], clauses: &[Clause]) {
    for i in 0..drafts.len() {
        if !is_enforcement(drafts[i].kind) || !drafts[i].agents.is_empty() {
            continue;
        }
        // Its own clause first, then the clause a relative or coordinated
        // clause hangs on ("…melancarkan operasi bersama, yang menyaksikan
        // 7.000 warga asing dibebaskan").
        let own = drafts[i].clause;
        let donor = [own, own.wrapping_sub(1)].into_iter().find_map(|k| {
            drafts.iter().find(|d| {
                is_enforcement(d.kind)
                    && d.clause == k
                    && !d.agents.is_empty()
                    && (k == own || clauses[own].kind != ClauseKind::New)
            })
        });
        if let Some(donor) = donor {
            let (agents, orgs) = (donor.agents.clone(), donor.orgs.clone());
            drafts[i].agents = agents;
            drafts[i].orgs.extend(orgs);
        }
    }
    // "Cambodian authorities deported 18,460 foreigners …, as the government
    // pressed ahead with a nationwide crackdown": an enforcement event with
    // no actor and no place takes the one side that acts in its sentence.
    let mut sides: Vec<Vec<&str>> = drafts
        .iter()
        .filter(|d| is_enforcement(d.kind) || d.kind == EventType::Repatriation)
        .filter(|d| !d.agents.is_empty())
        .map(|d| {
            let mut a = d.agents.clone();
            crate::sort::sort(&mut a);
            a.dedup();
            a
        })
        .collect();
    crate::sort::sort(&mut sides);
    sides.dedup();
    if let [side] = &sides[..] {
        for d in drafts.iter_mut() {
            if is_enforcement(d.kind)
                && d.agents.is_empty()
                && d.hosts.is_empty()
                && d.place_country.is_none()
            {
                d.agents = side.clone();
            }
        }
    }
    // "menandatangani MoU yang mencakup pertukaran data, penyelidikan bersama,
    // serta pelatihan bersama": nouns after an agreement in its clause.
    let mut chain: Option<usize> = None;
    for d in drafts.iter_mut() {
        if d.kind == EventType::Agreement {
            chain = Some(d.clause);
        } else if d.form == Form::Noun && chain == Some(d.clause) {
            d.status = EventStatus::Agreed;
        } else {
            chain = None;
        }
    }
    for i in 0..drafts.len() {
        if drafts[i].kind == EventType::Agreement || drafts[i].status != EventStatus::Agreed {
            continue;
        }
        let parties: Vec<(Vec<&str>, Vec<&str>)> = drafts
            .iter()
            .filter(|d| d.kind == EventType::Agreement && d.clause == drafts[i].clause)
            .map(|d| (d.agents.clone(), d.orgs.clone()))
            .collect();
        for (agents, orgs) in parties {
            drafts[i].agents.extend(agents);
            drafts[i].orgs.extend(orgs);
        }
    }
    for i in 0..drafts.len() {
        if drafts[i].kind != EventType::Repatriation || drafts[i].origin.is_some() {
            continue;
        }
        let mut candidates: Vec<&str> = drafts[i].agents.clone();
        for d in drafts.iter().filter(|d| is_enforcement(d.kind)) {
            candidates.extend(&d.agents);
        }
        candidates.retain(|c| Some(*c) != drafts[i].destination);
        crate::sort::sort(&mut candidates);
        candidates.dedup();
        if let [only] = candidates[..] {
            drafts[i].origin = Some(only);
        }
    }
}

fn status_rank(s: EventStatus) -> u8 {
    match s {
        EventStatus::Reported => 2,
        EventStatus::Agreed => 1,
        EventStatus::Planned => 0,
    }
}

/// The event type a count of `kind` belongs to, and the one it falls back to.
fn event_for(kind: CountKind) -> (EventType, Option<EventType>) {
    match kind {
        CountKind::Arrest => (EventType::Arrest, Some(EventType::Operation)),
        CountKind::Rescue => (EventType::Rescue, Some(EventType::Operation)),
        CountKind::Repatriation => (EventType::Repatriation, None),
        _ => (EventType::Operation, None),
    }
}

/// The role of every mention in its sentence (see the module docs), in the
/// order of `mentions`.
fn all_roles(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    marks: &[Hit<Mark>],
    doc: &Document,
    counts: &[usize],
) -> Vec<MRole> {
    let mut roles = vec![MRole::Neutral; mentions.len()];
    let mut clauses = Vec::new();
    for &sent in sentences {
        if !valid_span(text, sent) {
            continue;
        }
        let (a, b) = index_range(mentions, sent);
        let ms = &mentions[a..b];
        if ms.is_empty() {
            continue;
        }
        let s_counts = starting_in(counts, sent, |&i| doc.counts[i].span.0);
        split_clauses(
            text,
            sent,
            starting_in(marks, sent, |h| h.start),
            ms,
            &mut clauses,
        );
        let s_marks = starting_in(marks, sent, |h| h.start);
        let mut here: Vec<MRole> = Vec::with_capacity(ms.len());
        for i in 0..ms.len() {
            let lo = clauses[clause_of(&clauses, ms[i].span.0)].span.0;
            let in_count = s_counts
                .iter()
                .any(|&c| doc.counts[c].span.contains(ms[i].span));
            let mut role = role_of(text, lo, sent.1, ms, i, &here, in_count);
            // "214 foreign nationals, most of them Chinese": a country named
            // for part of a group is the group's nationality, not an actor.
            if role == MRole::Neutral
                && ms[i].kind == MKind::Country
                && after_subset(text, s_marks, lo, ms[i].span.0)
            {
                role = MRole::Nationality;
            }
            here.push(role);
        }
        roles[a..b].copy_from_slice(&here);
    }
    roles
}

/// Whether a subset phrase ("di antaranya", "termasuk", "most of them")
/// stands at most [`SUBSET_WINDOW`] words before `at`, in the clause that
/// starts at `lo`.
fn after_subset(text: &str, marks: &[Hit<Mark>], lo: usize, at: usize) -> bool {
    marks.iter().any(|h| {
        h.info == Mark::Subset
            && h.start >= lo
            && h.end <= at
            && words_upto(&text[h.end..at], SUBSET_WINDOW) <= SUBSET_WINDOW
    })
}

/// The index range of the mentions that start in `span`.
fn index_range(mentions: &[Mention], span: Span) -> (usize, usize) {
    let lo = mentions.partition_point(|m| m.span.0 < span.0);
    let hi = mentions.partition_point(|m| m.span.0 < span.1);
    (lo, hi.max(lo))
}

/// How many sentences before its own a pair ("kedua negara") looks back for
/// the two parties it names: the lede names them, and "kedua kepolisian"
/// often comes after a quote and a paragraph of figures.
const PAIR_LOOKBACK: usize = 5;

/// Resolves each pair mention ("kedua negara", "kedua-dua pihak", "the two
/// sides") to the two countries that last acted before it: the codes of the
/// nearest earlier mentions that are subjects, agents or partners (not
/// places, locations, origins or nationalities), in its sentence and the
/// [`PAIR_LOOKBACK`] sentences before. A pair stays empty when fewer than two
/// countries acted there, or when the sentence that gave the second one names
/// a third actor too ("Thailand, Myanmar dan China … kedua negara"): which two
/// is then a guess.
fn resolve_pairs(
    text: &str,
    sentences: &[Span],
    gatherings: &[&Hit<EventCue>],
    mentions: &mut [Mention],
    roles: &[MRole],
) {
    for p in 0..mentions.len() {
        if mentions[p].kind != MKind::Pair {
            continue;
        }
        let want = usize::from(mentions[p].parties.max(2));
        let at = mentions[p].span.0;
        let Some(si) = sentences.iter().rposition(|s| s.0 <= at) else {
            continue;
        };
        let floor = sentences[si.saturating_sub(PAIR_LOOKBACK)].0;
        let sentence_of = |pos: usize| sentences.iter().rposition(|s| s.0 <= pos);
        if let Some(parties) =
            parties_pointed_back(text, sentences, si, at, gatherings, mentions, roles)
        {
            if parties.len() == want {
                mentions[p].stand_for(&parties);
                continue;
            }
        }
        let mut found: Vec<&str> = Vec::new();
        let mut second_sentence = None;
        let mut ambiguous = false;
        for j in (0..p).rev() {
            let m = mentions[j];
            if m.span.0 < floor {
                break;
            }
            if !m.can_act() || !roles[j].acts() {
                continue;
            }
            for code in m.code.into_iter().chain(m.pair).chain(m.third) {
                if found.contains(&code) {
                    continue;
                }
                if found.len() == want {
                    ambiguous |= sentence_of(m.span.0) == second_sentence;
                } else {
                    found.push(code);
                    if found.len() == want {
                        second_sentence = sentence_of(m.span.0);
                    }
                }
            }
            if found.len() == want && sentence_of(m.span.0) != second_sentence {
                break;
            }
        }
        if found.len() == want && !ambiguous {
            mentions[p].stand_for(&found);
        }
    }
}

/// "Menerusi MoU itu, kedua-dua pasukan polis bersetuju…", "Under the
/// agreement, the two sides will…", "Dalam pertemuan itu, ketiga negara…": a
/// pair after an agreement or meeting (one of `gatherings`, the cues of
/// both kinds) that points back stands for its parties, the acting
/// countries of the latest sentence (within [`PAIR_LOOKBACK`]) that told one
/// of that kind and names two sides or more, even when a sentence about the
/// meeting where it was signed named others since.
fn parties_pointed_back<'d>(
    text: &str,
    sentences: &[Span],
    si: usize,
    at: usize,
    gatherings: &[&Hit<EventCue>],
    mentions: &[Mention<'d>],
    roles: &[MRole],
) -> Option<Vec<&'d str>> {
    let sent = sentences[si];
    let back = gatherings.iter().find(|h| {
        h.info.form == Form::Noun
            && sent.0 <= h.start
            && h.end <= at
            && refers_back(text, sent, h.start, h.end)
    })?;
    // The latest sentence that told one of the same kind and names two
    // sides or more: "Pertemuan tertutup itu membahas jalur … di perbatasan
    // Thailand-Myanmar" between names no side and is passed over.
    (si.saturating_sub(PAIR_LOOKBACK)..si).rev().find_map(|k| {
        let s = sentences[k];
        let tells = gatherings.iter().any(|h| {
            h.info.kind == back.info.kind
                && s.0 <= h.start
                && h.start < s.1
                && !refers_back(text, s, h.start, h.end)
        });
        if !tells {
            return None;
        }
        let mut found: Vec<&str> = Vec::new();
        for (m, &r) in mentions.iter().zip(roles) {
            if s.0 <= m.span.0 && m.span.0 < s.1 && m.can_act() && r.acts() {
                for code in m.code.into_iter().chain(m.pair).chain(m.third) {
                    if !found.contains(&code) {
                        found.push(code);
                    }
                }
            }
        }
        (found.len() >= 2).then_some(found)
    })
}

fn build(ctx: &Context, doc: &Document) -> (Vec<Event>, Vec<Option<Fill>>) {
    let text = ctx.text;
    // Every cue table in one scan of the text.
    let found = cues::find_all(text);
    let mut mentions = collect_mentions(text, doc, &found.pairs);
    let mut cue_hits = found.events;
    cue_hits.retain(|h| h.info.kind.is_some() && (h.info.form != Form::Named || named(text, h)));
    // "Thailand's Anti-Online Scam Operation Centre": a cue inside a body's
    // name names the body, not an event. A meeting's name is still a meeting
    // ("Pertemuan Tingkat Menteri ASEAN tentang Kejahatan Transnasional").
    cue_hits.retain(|h| {
        h.info.kind == Some(EventType::Meeting)
            || !mentions
                .iter()
                .any(|m| m.kind == MKind::Org && m.span.0 <= h.start && h.end <= m.span.1)
    });
    sharing_with_object(text, &mut cue_hits);
    let status = found.status;
    let marks = found.marks;

    let mut counts: Vec<usize> = (0..doc.counts.len())
        .filter(|&i| valid_span(text, doc.counts[i].span))
        .collect();
    crate::sort::sort_by_key(&mut counts, |&i| doc.counts[i].span.0);
    let mut dates: Vec<usize> = (0..doc.dates.len())
        .filter(|&i| doc.dates[i].value.is_some() && valid_span(text, doc.dates[i].span))
        .collect();
    crate::sort::sort_by_key(&mut dates, |&i| doc.dates[i].span.0);
    let all_roles = all_roles(text, ctx.sentences, &mentions, &marks, doc, &counts);
    let home = home_side(ctx.lang, doc);
    let gatherings: Vec<&Hit<EventCue>> = cue_hits
        .iter()
        .filter(|h| matches!(h.info.kind, Some(EventType::Agreement | EventType::Meeting)))
        .collect();
    resolve_pairs(text, ctx.sentences, &gatherings, &mut mentions, &all_roles);

    let mut events: Vec<Event> = Vec::new();
    let mut fills: Vec<Option<Fill>> = vec![None; doc.counts.len()];
    let mut clauses = Vec::new();
    let mut prev_actors: Option<Vec<String>> = None;
    // Where the story last stood: the country of the latest place or
    // country named as a location or an origin in the running text.
    let mut scene: Option<&str> = None;
    // The country of the latest nationals named ("38 WNI", "Malaysians").
    let mut nationals: Option<&str> = None;
    // The two countries of the latest cooperation event between two sides.
    let mut partners: Option<Vec<String>> = None;
    for &sent in ctx.sentences {
        if !valid_span(text, sent) {
            continue;
        }
        let s_cues = starting_in(&cue_hits, sent, |h| h.start);
        let s_counts = starting_in(&counts, sent, |&i| doc.counts[i].span.0);
        let (lo, hi) = index_range(&mentions, sent);
        let before = scene;
        let nationals_before = nationals;
        // A place or country that says where, outside a dateline.
        let located = |m: &Mention| {
            matches!(m.kind, MKind::Place | MKind::Country) && !is_dateline(text, m.span)
        };
        let code_of = |idx: &mut dyn Iterator<Item = usize>,
                       keep: &dyn Fn(&Mention, MRole) -> bool| {
            idx.filter(|&i| keep(&mentions[i], all_roles[i]))
                .find_map(|i| mentions[i].code)
        };
        if let Some(code) = code_of(&mut (lo..hi).rev(), &|m, r| {
            r == MRole::Nationality && m.kind == MKind::Country
        }) {
            nationals = Some(code);
        }
        // Places never act: one read as neutral (after a comma, "di sebuah
        // rumah di Taman Tunku, Miri") still says where.
        let locating = |m: &Mention, r: MRole| {
            located(m) && (r == MRole::Location || (m.kind == MKind::Place && r == MRole::Neutral))
        };
        // The last country named as where things are is the scene; a list
        // of them ("mostly in the United States, Canada and Australia")
        // says where many things are, not where the story is.
        let mut here: Vec<&str> = (lo..hi)
            .filter(|&i| {
                let (m, r) = (&mentions[i], all_roles[i]);
                (r == MRole::Origin && located(m)) || locating(m, r)
            })
            .filter_map(|i| mentions[i].code)
            .collect();
        let last = here.last().copied();
        crate::sort::sort(&mut here);
        here.dedup();
        if here.len() < SCENE_LIST {
            scene = last.or(scene);
        }
        if s_cues.is_empty() && s_counts.is_empty() {
            prev_actors = None;
            continue;
        }
        let ms = &mentions[lo..hi];
        let s_marks = starting_in(&marks, sent, |h| h.start);
        split_clauses(text, sent, s_marks, ms, &mut clauses);
        let view = SentenceView {
            text,
            span: sent,
            ms,
            roles: &all_roles[lo..hi],
            clauses: &clauses,
            marks: s_marks,
            cues: s_cues,
            status: starting_in(&status, sent, |h| h.start),
            quotes: &doc.quotes,
        };
        let date = starting_in(&dates, sent, |&i| doc.dates[i].span.0)
            .first()
            .and_then(|&i| doc.dates[i].value.clone());

        let mut drafts: Vec<Draft> = if is_headline(&text[sent.0..sent.1]) {
            Vec::new()
        } else {
            (0..s_cues.len()).filter_map(|i| view.draft(i)).collect()
        };
        drafts.retain(|d| {
            d.form != Form::Noun
                || d.status != EventStatus::Reported
                || !d.agents.is_empty()
                || !in_quotes(&doc.quotes, d.start)
        });
        // "“Sejak Julai, kami telah menyerbu lebih 200 lokasi…,” katanya":
        // "we" in a quote acts for the speaker's country.
        for d in drafts.iter_mut().filter(|d| d.agents.is_empty()) {
            if let Some(country) = we_in_quote(text, &clauses[d.clause], d.start, doc) {
                d.agents.push(country);
            }
        }
        settle(&mut drafts, &clauses);
        // "31 orang di antaranya sudah dipulangkan ke Indonesia" after a
        // paragraph set in Cambodia: people go home from where the story
        // stands, unless an actor other than their destination sent them.
        // "KBRI Vientiane akan memulangkan mereka", "the group will be flown
        // home": people sent home without a destination go to the country
        // of the latest nationals the story named, unless they are foreigners.
        if let Some(home) = nationals_before.filter(|&n| home == Some(n)) {
            if !names_foreigners(&text[sent.0..sent.1]) {
                for d in drafts
                    .iter_mut()
                    .filter(|d| d.home_going && d.destination.is_none() && d.movers.is_empty())
                {
                    d.destination = Some(home);
                    if d.origin == d.destination {
                        d.origin = None; // the sender was taken for the origin
                    }
                }
            }
        }
        // "hampir 500 pekerja migran … dipulangkan dari Kamboja": in an
        // Indonesian story, migrant workers (PMI, TKI) are Indonesians and
        // go home to Indonesia. Not inside a name ("Balai Pelayanan
        // Pelindungan Pekerja Migran Indonesia").
        if ctx.lang == crate::model::Lang::Id {
            for d in drafts
                .iter_mut()
                .filter(|d| d.kind == EventType::Repatriation && d.destination.is_none())
            {
                let stretch = view.stretch(d.clause);
                if s_marks.iter().any(|h| {
                    h.info == Mark::HomePeople
                        && stretch.0 <= h.start
                        && h.end <= stretch.1
                        && !ms.iter().any(|m| m.span.0 <= h.start && h.end <= m.span.1)
                }) {
                    d.destination = Some("ID");
                    if d.origin == d.destination {
                        d.origin = None;
                    }
                }
            }
        }
        // "Hartono menjadi buronan pertama yang diekstradisi dari Thailand":
        // in an Indonesian or Malay story, people moved out of another
        // country with no destination and no nationality named go to the
        // article's side, unless the sentence calls them foreigners.
        // The sentence is read only when a draft needs it.
        if let Some(home) = home {
            let moved_out = |d: &Draft| {
                d.kind == EventType::Repatriation
                    && d.destination.is_none()
                    && d.origin.is_some_and(|o| o != home)
            };
            if drafts.iter().any(moved_out) && !names_foreigners(&text[sent.0..sent.1]) {
                for d in drafts.iter_mut().filter(|d| moved_out(d)) {
                    d.destination = Some(home);
                }
            }
        }
        // "sudah dipulangkan ke daerah asal": people sent on to their home
        // regions move inside their own country, not from the scene abroad.
        if let Some(scene) = before {
            let from_scene = |d: &Draft| {
                d.kind == EventType::Repatriation
                    && d.origin.is_none()
                    && d.destination != Some(scene)
                    && d.agents.iter().all(|a| Some(*a) == d.destination)
            };
            if drafts.iter().any(from_scene) && !is_domestic_leg(&text[sent.0..sent.1]) {
                for d in drafts.iter_mut().filter(|d| from_scene(d)) {
                    d.origin = Some(scene);
                }
            }
        }
        if let Some(home) = home {
            for d in drafts.iter_mut().filter(|d| d.partners_only) {
                if !d.agents.contains(&home) {
                    d.agents.push(home);
                }
            }
        }
        let first_event = events.len();
        // Per event of this sentence: the stretch of clauses it was told in.
        let mut told_in: Vec<Span> = Vec::new();
        for d in &drafts {
            let countries = d.countries();
            let stretch = view.stretch(d.clause);
            // One event per sentence and type, unless a clause with a
            // subject of its own tells another side's arrest, rescue,
            // operation or repatriation ("China has flown home 1,000 of its
            // nationals…, while Indonesia plans to repatriate 550
            // citizens"): two events, each with its own status. Two
            // delegations ("…, manakala delegasi Malaysia diketuai…") still
            // make one meeting.
            let existing = events[first_event..]
                .iter_mut()
                .zip(&told_in)
                .find(|(e, &t)| {
                    e.kind == d.kind
                        && (t == stretch
                            || is_cooperation(d.kind)
                            || d.agents.is_empty()
                            || d.agents.iter().any(|a| e.countries.iter().any(|c| c == a)))
                })
                .map(|(e, _)| e);
            let event = match existing {
                Some(e) => e,
                None => {
                    told_in.push(stretch);
                    events.push(Event {
                        kind: d.kind,
                        status: d.status,
                        countries: Vec::new(),
                        organizations: Vec::new(),
                        place: None,
                        date: date.clone(),
                        counts: Vec::new(),
                        origin: None,
                        destination: None,
                        span: sent,
                    });
                    events.last_mut().expect("just pushed")
                }
            };
            if status_rank(d.status) > status_rank(event.status) {
                event.status = d.status;
            }
            event.countries.extend(countries);
            crate::sort::sort(&mut event.countries);
            event.countries.dedup();
            event
                .organizations
                .extend(d.orgs.iter().map(|o| o.to_string()));
            crate::sort::sort(&mut event.organizations);
            event.organizations.dedup();
            if event.place.is_none() {
                event.place = d.place.map(str::to_string);
            }
            if event.origin.is_none() {
                event.origin = d.origin.map(str::to_string);
            }
            if event.destination.is_none() {
                event.destination = d.destination.map(str::to_string);
            }
        }

        inherit_actors(&mut events, first_event, &mut prev_actors);
        // "A militia ... says it detained the workers during raids on
        // compounds south of the town": unnamed police act where the
        // sentence, or else the story, stands.
        // "Interpol's Operation First Light": an organization of no country
        // acted; the police are not unnamed.
        let unnamed = |e: &Event| {
            is_enforcement(e.kind) && e.countries.is_empty() && e.organizations.is_empty()
        };
        if events[first_event..].iter().any(unnamed) {
            let here_loc = code_of(&mut (lo..hi), &locating);
            // "AS ditangkap di rumahnya": in an Indonesian or Malay story, a
            // suspect taken at home was taken at home, not in the scene abroad.
            let at_home = || home.filter(|_| taken_at_home(&text[sent.0..sent.1]));
            if let Some(code) = here_loc.or_else(at_home).or(before) {
                for e in events[first_event..].iter_mut().filter(|e| unnamed(e)) {
                    e.countries.push(code.to_string());
                }
            }
        }
        // "Kesepakatan itu dicapai dalam pertemuan di Mabes Polri, Jakarta":
        // cooperation takes two sides, and a sentence that names one side
        // (or none) goes on with the two partners the story last named. A
        // group of three or more (a regional training) is not carried on.
        if let Some(pair) = &partners {
            for e in events[first_event..].iter_mut().filter(|e| {
                is_cooperation(e.kind)
                    && e.countries.len() < 2
                    && e.countries.iter().all(|c| pair.contains(c))
            }) {
                e.countries = pair.clone();
            }
        }
        if let Some(e) = events[first_event..]
            .iter()
            .rev()
            .find(|e| is_cooperation(e.kind) && e.countries.len() == 2)
        {
            partners = Some(e.countries.clone());
        }

        for &ci in s_counts {
            let (own, fallback) = event_for(doc.counts[ci].kind);
            let here = &mut events[first_event..];
            // The event told in the count's own clauses, else the first.
            let at = doc.counts[ci].span.0;
            let pos = here
                .iter()
                .zip(&told_in)
                .position(|(e, t)| e.kind == own && t.0 <= at && at < t.1)
                .or_else(|| here.iter().position(|e| e.kind == own))
                .or_else(|| fallback.and_then(|f| here.iter().position(|e| e.kind == f)));
            fills[ci] = Some(match pos {
                Some(p) => {
                    let e = &mut here[p];
                    e.counts.push(ci);
                    Fill {
                        countries: e.countries.clone(),
                        place: e.place.clone(),
                        date: e.date.clone(),
                        origin: e.origin.clone(),
                        destination: e.destination.clone(),
                    }
                }
                None => loose_count(&view, doc.counts[ci].span, date.clone()),
            });
        }
    }
    (events, fills)
}

/// The side an Indonesian or Malay article speaks for when it names only the
/// partner ("Hasil kerjasama dengan Polis Kebangsaan Kemboja, 23 rakyat
/// Malaysia diselamatkan" → MY and KH). English is written from everywhere.
fn home_country(lang: crate::model::Lang) -> Option<&'static str> {
    match lang {
        crate::model::Lang::Id => Some("ID"),
        crate::model::Lang::Ms => Some("MY"),
        _ => None,
    }
}

/// The article's own side: Indonesia for an Indonesian story, Malaysia for a
/// Malay one, unless the Malay story comes from Brunei or Singapore: its
/// outlet names the country (Pelita Brunei) or its dateline is there
/// ("BANDAR SERI BEGAWAN, 16 Jun –" in Media Permata, "SINGAPURA" in Berita
/// Mediacorp), where "rakyat negara ini" are that country's people.
fn home_side(lang: crate::model::Lang, doc: &Document) -> Option<&'static str> {
    let home = home_country(lang)?;
    if home != "MY" {
        return Some(home);
    }
    // Malay is written in Brunei and Singapore too: the outlet's name or a
    // dateline there tells it.
    let outlet = doc.source.outlet.as_deref().unwrap_or("");
    // "Bandar Seri Begawan" is a place; "Singapura" a country too.
    let dateline = doc.source.dateline.as_deref().and_then(|d| {
        crate::recognize::gazetteer::place(d)
            .and_then(|(_, country)| country)
            .or_else(|| crate::recognize::gazetteer::country_code(d))
    });
    Some(if outlet.contains("Brunei") || dateline == Some("BN") {
        "BN"
    } else if outlet.contains("Singapura") || outlet.contains("Singapore") || dateline == Some("SG")
    {
        "SG"
    } else {
        home
    })
}

/// Whether a sentence is a headline, a deck or a caption rather than running
/// text: it does not end in sentence punctuation. Such lines restate the
/// story's events ("Thousands freed from border compounds") and the gold
/// counts each event once, in the body.
fn is_headline(sentence: &str) -> bool {
    let tail = sentence.trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    !tail.ends_with([
        '.', '!', '?', '"', '\u{201d}', '\u{2019}', '\'', ';', ':', '\u{2026}', ')',
    ])
}

/// Whether `pos` lies inside a direct quotation. A speaker's noun ("this
/// handover shows…", "dengan MoU ini…") refers back to an event the article
/// has already reported, unless the quote names its parties; verbs in
/// quotes report something new.
/// The country of the speaker of the quote around `at` when the quote's
/// own words say "kami", "kita" or "we" before it in its clause.
fn we_in_quote<'d>(text: &str, clause: &Clause, at: usize, doc: &'d Document) -> Option<&'d str> {
    let q = quote_at(&doc.quotes, at)?;
    let from = q.span.0.max(clause.span.0);
    let we = text
        .get(from..at)?
        .split(|c: char| !is_word_char(c))
        .any(|w| {
            ["kami", "kita", "we"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        });
    if !we {
        return None;
    }
    let speaker = q.speaker.as_deref()?;
    doc.persons
        .iter()
        .find(|p| p.name == speaker)?
        .country
        .as_deref()
}

/// The quote whose words stand at `pos`.
fn quote_at(quotes: &[crate::model::Quote], pos: usize) -> Option<&crate::model::Quote> {
    quotes.iter().find(|q| q.span.0 <= pos && pos < q.span.1)
}

fn in_quotes(quotes: &[crate::model::Quote], pos: usize) -> bool {
    quote_at(quotes, pos).is_some()
}

/// Enforcement events of a sentence that names no actor at all continue the
/// enforcement story of the sentence just before ("Otoritas Laos menggerebek
/// sejumlah gedung… Sedikitnya 771 orang ditahan…"). Only the immediately
/// preceding sentence with an event donates, and only when it had actors.
fn inherit_actors(events: &mut [Event], first: usize, prev: &mut Option<Vec<String>>) {
    let here = &mut events[first..];
    if here.is_empty() {
        *prev = None;
        return;
    }
    if let Some(donor) = prev.as_ref() {
        for e in here.iter_mut() {
            if is_enforcement(e.kind) && e.countries.is_empty() {
                e.countries = donor.clone();
            }
        }
    }
    let mut next: Vec<String> = here
        .iter()
        .filter(|e| is_enforcement(e.kind))
        .flat_map(|e| e.countries.iter().cloned())
        .collect();
    crate::sort::sort(&mut next);
    next.dedup();
    *prev = (!next.is_empty()).then_some(next);
}

/// Whether a place names the authorities of that place: an authority word
/// right after it ("Myawaddy authorities", "Sihanoukville police") or right
/// before it with no preposition between ("polisi Batam", "otoritas
/// Myawaddy"). Such a place acts, for its country, like a capital.
fn local_authority(text: &str, span: Span) -> bool {
    let authority = |t: Option<(usize, usize)>| {
        t.is_some_and(|(a, b)| cues::word_role(&text[a..b]) == Some(Role::Authority))
    };
    authority(next_token(text, span.1, text.len())) || authority(prev_token(text, 0, span.0))
}

/// Whether a `named` cue is capitalized and followed by a capitalized name.
fn named(text: &str, h: &Hit<EventCue>) -> bool {
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    capital(&text[h.start..h.end])
        && next_token(text, h.end, text.len()).is_some_and(|(a, b)| capital(&text[a..b]))
}

/// The actors of a count tied to no event: the location of its clause, and a
/// "dari X ke Y" movement there.
fn loose_count(view: &SentenceView, at: Span, date: Option<String>) -> Fill {
    let k = clause_of(view.clauses, at.0);
    let c = view.scope(k, at.0, at.1, true);
    let mut fill = Fill {
        date,
        ..Fill::default()
    };
    let mut countries: Vec<&str> = Vec::new();
    for i in view.with_role(c.0, c.1, |r| r == MRole::Location) {
        let m = view.ms[i];
        if fill.place.is_none() {
            fill.place = m.place.map(str::to_string);
        }
        countries.extend(m.code);
    }
    let first = |role: MRole| {
        view.with_role(c.0, c.1, |r| r == role)
            .into_iter()
            .find_map(|i| view.ms[i].code)
    };
    if let (Some(from), Some(to)) = (first(MRole::Origin), first(MRole::Destination)) {
        if from != to {
            countries.extend([from, to]);
            fill.origin = Some(from.to_string());
            fill.destination = Some(to.to_string());
        }
    }
    crate::sort::sort(&mut countries);
    countries.dedup();
    fill.countries = countries.into_iter().map(str::to_string).collect();
    fill
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Count, Country, DateBasis, DateMention, Lang, Organization, Place, Precision,
    };
    use crate::recognize::Reference;

    /// `next_token` as it was written before it walked the chars once:
    /// `trim_start`, then a second walk to measure the word.
    fn next_token_in_two_walks(text: &str, pos: usize, hi: usize) -> Option<(usize, usize)> {
        let tail = text.get(pos..hi)?;
        let trimmed = tail.trim_start();
        let first = trimmed.chars().next()?;
        let start = pos + (tail.len() - trimmed.len());
        if !is_word_char(first) {
            return Some((start, start + first.len_utf8()));
        }
        let word_len: usize = trimmed
            .chars()
            .take_while(|&c| is_word_char(c))
            .map(char::len_utf8)
            .sum();
        Some((start, start + word_len))
    }

    #[test]
    fn next_token_finds_what_the_two_walks_found_at_every_position() {
        let mut texts = vec![
            String::new(),
            "  \u{a0}\u{2003}kira-kira Jum’at l'x -- 5,6 \u{1F642}é\t\n".to_string(),
        ];
        texts.extend(crate::test_texts::texts());
        assert!(texts.len() > 20, "{}", texts.len());
        for t in &texts {
            for pos in 0..=t.len() + 1 {
                // Bounds inside and outside the text, on and off char boundaries.
                for hi in [t.len(), t.len() + 1, (pos + 7).min(t.len()), pos] {
                    assert_eq!(
                        next_token(t, pos, hi),
                        next_token_in_two_walks(t, pos, hi),
                        "{pos} {hi}"
                    );
                }
            }
        }
    }

    /// An entity as a recognizer would report it; words are found in the text.
    enum Ent {
        /// A country code and every word that names it.
        C(&'static str, &'static [&'static str]),
        /// A place name and its country.
        P(&'static str, &'static str),
        /// An organization: id, name as written, kind, country.
        O(&'static str, &'static str, OrgKind, Option<&'static str>),
        /// A count: value, kind, the phrase it spans.
        N(u64, CountKind, &'static str),
        /// A date: ISO value, the phrase it spans.
        D(&'static str, &'static str),
        /// A direct quote: the words between its marks.
        Q(&'static str),
        /// A direct quote, its speaker's name and the speaker's country.
        V(&'static str, &'static str, &'static str),
    }
    use Ent::*;

    /// Every whole-word occurrence of `word` in `text`.
    fn mentions(text: &str, word: &str) -> Vec<Span> {
        let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        text.match_indices(word)
            .map(|(at, w)| Span(at, at + w.len()))
            .filter(|s| {
                !word_char(text[..s.0].chars().next_back())
                    && !word_char(text[s.1..].chars().next())
            })
            .collect()
    }

    /// The first whole-word occurrence of `word` in `text`.
    fn mention(text: &str, word: &str) -> Span {
        *mentions(text, word)
            .first()
            .unwrap_or_else(|| panic!("{word:?} is not in {text:?}"))
    }

    fn document(text: &str, ents: &[Ent]) -> Document {
        let mut doc = Document {
            text: text.to_string(),
            ..Document::default()
        };
        for e in ents {
            match *e {
                C(code, words) => {
                    let spans: Vec<Span> = words.iter().flat_map(|w| mentions(text, w)).collect();
                    assert!(!spans.is_empty(), "{code} not in {text:?}");
                    doc.countries.push(Country {
                        code: code.into(),
                        name: code.into(),
                        mentions: spans.len(),
                        spans,
                    });
                }
                P(name, country) => doc.places.push(Place {
                    name: name.into(),
                    country: Some(country.into()),
                    spans: vec![mention(text, name)],
                }),
                O(id, name, kind, country) => doc.organizations.push(Organization {
                    id: id.into(),
                    name: name.into(),
                    acronym: None,
                    kind,
                    country: country.map(Into::into),
                    spans: mentions(text, name),
                }),
                N(value, kind, phrase) => {
                    doc.counts
                        .push(Count::exact(value, kind, mention(text, phrase)));
                }
                Q(words) => doc.quotes.push(crate::model::Quote {
                    speaker: None,
                    text: words.into(),
                    span: mention(text, words),
                }),
                V(words, name, country) => {
                    doc.quotes.push(crate::model::Quote {
                        speaker: Some(name.into()),
                        text: words.into(),
                        span: mention(text, words),
                    });
                    doc.persons.push(crate::model::Person {
                        name: name.into(),
                        title: None,
                        organization: None,
                        country: Some(country.into()),
                        spans: mentions(text, name),
                    });
                }
                D(value, phrase) => doc.dates.push(DateMention {
                    text: phrase.into(),
                    value: Some(value.into()),
                    precision: Precision::Day,
                    end: None,
                    basis: DateBasis::Explicit,
                    span: mention(text, phrase),
                }),
            }
        }
        doc
    }

    /// Each case's events, as `show_event` writes them, against those wanted.
    fn check_events(cases: &[(&str, Lang, &[Ent], &[&str])]) {
        for (text, lang, ents, want) in cases {
            let doc = analyze_in(text, ents, *lang);
            let got: Vec<String> = doc.events.iter().map(show_event).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn joint_patrols_are_operations() {
        check_events(&[(
            "Indonesia dan Malaysia akan menggelar patroli bersama di perairan perbatasan.",
            Lang::Id,
            &[ID, C("MY", &["Malaysia"])],
            &["operation planned ID,MY"],
        )]);
    }

    #[test]
    fn joint_operations_on_both_sides_of_a_border_are_both_countries() {
        check_events(&[
            (
                "Patroli bersama di sepanjang perbatasan Kalimantan Barat–Sarawak direncanakan mulai Juni mendatang.",
                Lang::Id,
                &[P("Kalimantan Barat", "ID"), P("Sarawak", "MY")],
                &["operation planned ID,MY"],
            ),
            (
                "Beliau berkata, operasi bersepadu di Bukit Kayu Hitam dan Sadao sepanjang September lalu berjaya.",
                Lang::Ms,
                &[P("Bukit Kayu Hitam", "MY"), P("Sadao", "TH")],
                &["operation reported MY,TH @Bukit Kayu Hitam"],
            ),
            // Not joint: a raid in two places is still the raiders' own.
            (
                "Polisi Thailand menggerebek dua rumah di Mae Sot dan Myawaddy.",
                Lang::Id,
                &[TH, P("Mae Sot", "TH"), P("Myawaddy", "MM")],
                &["operation reported TH @Mae Sot"],
            ),
        ]);
    }

    #[test]
    fn a_joint_operation_with_one_partner_is_also_the_home_side() {
        check_events(&[(
            "Operasi bersama dengan polis Thailand di Mae Sot dijangka diadakan bulan depan.",
            Lang::Ms,
            &[C("TH", &["Thailand"]), P("Mae Sot", "TH")],
            &["operation planned MY,TH @Mae Sot"],
        )]);
    }

    #[test]
    fn a_meeting_whose_relative_clause_schedules_it_is_planned() {
        check_events(&[
            (
                "Langkah berikutnya adalah pertemuan trilateral dengan polisi Malaysia yang dijadwalkan berlangsung di Kuala Lumpur.",
                Lang::Id,
                &[C("MY", &["Malaysia"]), P("Kuala Lumpur", "MY")],
                // Its place, inside the relative clause, is not read yet.
                &["meeting planned ID,MY"],
            ),
            (
                "Pertemuan yang digelar di Bali itu dihadiri polisi Malaysia.",
                Lang::Id,
                &[C("MY", &["Malaysia"]), P("Bali", "ID")],
                &["meeting reported MY @Bali"],
            ),
        ]);
    }

    #[test]
    fn a_verb_after_a_relative_aside_is_the_main_clause_subjects() {
        check_events(&[
            (
                "Polisi Thailand, yang bekerja sama dengan polisi Kamboja, menangkap 12 tersangka di Poipet.",
                Lang::Id,
                &[TH, KH, P("Poipet", "KH"), N(12, CountKind::Arrest, "12 tersangka")],
                &["arrest reported KH,TH @Poipet #0"],
            ),
            (
                "Polisi Thailand, yang dipimpin Kolonel Somchai, menangkap 12 tersangka di Poipet.",
                Lang::Id,
                &[TH, P("Poipet", "KH"), N(12, CountKind::Arrest, "12 tersangka")],
                &["arrest reported TH @Poipet #0"],
            ),
        ]);
    }

    #[test]
    fn a_business_operation_is_no_police_operation() {
        check_events(&[
            (
                "Pemerintah Filipina melarang seluruh operasi kasino daring lepas pantai sejak akhir 2024.",
                Lang::Id,
                &[C("PH", &["Filipina"])],
                &[],
            ),
            (
                "Sindiket itu memindahkan operasi perjudian haram ke Kemboja.",
                Lang::Ms,
                &[KH_MS],
                &[],
            ),
        ]);
    }

    #[test]
    fn a_cue_inside_a_body_name_is_no_event() {
        check_events(&[(
            "Thailand’s Anti-Online Scam Operation Centre said the country logged 1,000 scam reports a day.",
            Lang::En,
            &[
                TH,
                O("aoc", "Anti-Online Scam Operation Centre", OrgKind::Agency, Some("TH")),
            ],
            &[],
        )]);
    }

    #[test]
    fn a_noun_cue_takes_the_place_right_after_it() {
        check_events(&[(
            "Sindiket yang merekrut rakyat Malaysia untuk bekerja di Myawaddy, Myanmar, ditumpaskan polis menerusi operasi serentak di Selangor.",
            Lang::Ms,
            &[P("Myawaddy", "MM"), MM, P("Selangor", "MY")],
            &["operation reported MY @Selangor"],
        )]);
    }

    #[test]
    fn the_country_pointed_back_at_is_the_last_one_named() {
        check_events(&[
            (
                "Ratusan WNI kabur dari kompleks di Myawaddy, Myanmar, setelah militer negara itu menggerebeknya.",
                Lang::Id,
                &[ID, P("Myawaddy", "MM"), MM],
                &["operation reported MM"],
            ),
            (
                "Indian Air Force planes brought home 465 nationals who had fled a compound in Myawaddy, Myanmar, after the country’s military raided it.",
                Lang::En,
                &[
                    O("iaf", "Indian Air Force", OrgKind::Agency, Some("IN")),
                    P("Myawaddy", "MM"),
                    MM,
                ],
                &["repatriation reported IN,MM @Myawaddy MM>- orgs=iaf", "operation reported MM"],
            ),
        ]);
    }

    #[test]
    fn a_relative_passive_with_its_agent_tells_the_event() {
        check_events(&[(
            "Mereka bagian dari 67 WNI yang diselamatkan aparat Laos pada Agustus.",
            Lang::Id,
            &[ID, LA],
            &["rescue reported LA"],
        )]);
    }

    #[test]
    fn a_malay_story_from_brunei_or_singapore_takes_that_side() {
        let text = "Buronan itu diekstradisi dari Thailand minggu lalu.";
        for (outlet, dateline, want) in [
            (None, None, "repatriation reported MY,TH TH>MY"),
            (
                Some("Pelita Brunei"),
                None,
                "repatriation reported BN,TH TH>BN",
            ),
            (
                Some("Berita Mediacorp"),
                Some("Singapura"),
                "repatriation reported SG,TH TH>SG",
            ),
        ] {
            let mut doc = document(text, &[TH]);
            doc.source.outlet = outlet.map(str::to_string);
            doc.source.dateline = dateline.map(str::to_string);
            let doc = relate_in(text, doc, Lang::Ms);
            let got: Vec<String> = doc.events.iter().map(show_event).collect();
            assert_eq!(got, [want], "{outlet:?}");
        }
    }

    #[test]
    fn holding_back_tears_being_held_still_and_meeting_a_man_are_no_events() {
        check_events(&[
            (
                "Dia bercerita sambil menahan sebak di lapangan terbang.",
                Lang::Ms,
                &[],
                &[],
            ),
            // Meeting a person is no meeting of officials.
            (
                "He handed the bank cards to a man he had met through a Telegram channel.",
                Lang::En,
                &[],
                &[],
            ),
            // Custody told again is the arrest told before.
            (
                "Ketiga tersangka kini ditahan di Polresta Barelang.",
                Lang::Id,
                &[],
                &[],
            ),
            (
                "Tiga tersangka ditangkap dan kini ditahan di Polresta Barelang.",
                Lang::Id,
                &[],
                &["arrest reported -"],
            ),
        ]);
    }

    #[test]
    fn a_relative_clause_acts_for_the_body_right_before_it_whatever_its_role() {
        check_events(&[(
            "KBRI meneruskan laporan keluarga kepada Kepolisian Nasional Kamboja, yang kemudian menggerebek lokasi tersebut.",
            Lang::Id,
            &[O("knp", "Kepolisian Nasional Kamboja", OrgKind::Police, Some("KH"))],
            &["operation reported KH orgs=knp"],
        )]);
    }

    #[test]
    fn three_sides_named_without_the_ordinal_stand_for_the_three_named_before() {
        check_events(&[(
            "Malaysia, Indonesia dan Thailand menandatangani MoU di Kuching. Operasi bersepadu polis tiga negara itu menahan 40 individu.",
            Lang::Ms,
            &[C("MY", &["Malaysia"]), ID, TH, P("Kuching", "MY")],
            &[
                "agreement agreed ID,MY,TH @Kuching",
                "operation reported ID,MY,TH",
                "arrest reported ID,MY,TH",
            ],
        )]);
    }

    #[test]
    fn indonesian_unnamed_police_at_home_and_units_before_a_body() {
        check_events(&[
            // Capitalized units before a body's name after a passive cue:
            // the body is the agent.
            (
                "Korban disekap di Kamboja. Terdakwa ditangkap tim Subdit IV Renakta Ditreskrimum Polda Sumsel pada 14 Mei.",
                Lang::Id,
                &[KH, O("ditreskrimum", "Ditreskrimum Polda Sumsel", OrgKind::Police, Some("ID"))],
                &["arrest reported ID orgs=ditreskrimum"],
            ),
            // A suspect taken at home is not taken in the scene abroad.
            (
                "Korban disekap di Kamboja selama tiga bulan. AS ditangkap di rumahnya pada 2 Juli.",
                Lang::Id,
                &[KH],
                &["arrest reported ID"],
            ),
            (
                "Korban disekap di Kamboja selama tiga bulan. AS ditangkap di sebuah apartemen pada 2 Juli.",
                Lang::Id,
                &[KH],
                &["arrest reported KH"],
            ),
        ]);
    }

    fn analyze(text: &str, ents: &[Ent]) -> Document {
        analyze_in(text, ents, Lang::Und)
    }

    fn analyze_in(text: &str, ents: &[Ent], lang: Lang) -> Document {
        relate_in(text, document(text, ents), lang)
    }

    /// Relates `doc`, built over `text`, as a story in `lang`.
    fn relate_in(text: &str, mut doc: Document, lang: Lang) -> Document {
        let sentences = crate::segment::sentences(text);
        let ctx = Context {
            text,
            lang,
            sentences: &sentences,
            reference: Reference::default(),
        };
        relate(&ctx, &mut doc);
        doc
    }

    fn snake<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    fn or_dash(v: &Option<String>) -> &str {
        v.as_deref().unwrap_or("-")
    }

    /// "arrest reported LA,VN @Place LA>VN #0 on=2024-09-02 orgs=polri".
    fn show_event(e: &Event) -> String {
        let mut s = format!("{} {} ", snake(e.kind), snake(e.status));
        s += &if e.countries.is_empty() {
            "-".into()
        } else {
            e.countries.join(",")
        };
        if let Some(p) = &e.place {
            s += &format!(" @{p}");
        }
        if e.origin.is_some() || e.destination.is_some() {
            s += &format!(" {}>{}", or_dash(&e.origin), or_dash(&e.destination));
        }
        for c in &e.counts {
            s += &format!(" #{c}");
        }
        if let Some(d) = &e.date {
            s += &format!(" on={d}");
        }
        if !e.organizations.is_empty() {
            s += &format!(" orgs={}", e.organizations.join(","));
        }
        s
    }

    /// "involved KH @Place LA>VN on=2024".
    fn show_count(c: &Count) -> String {
        let mut s = format!("{} ", snake(c.kind));
        s += &if c.countries.is_empty() {
            "-".into()
        } else {
            c.countries.join(",")
        };
        if let Some(p) = &c.place {
            s += &format!(" @{p}");
        }
        if c.origin.is_some() || c.destination.is_some() {
            s += &format!(" {}>{}", or_dash(&c.origin), or_dash(&c.destination));
        }
        if let Some(d) = &c.date {
            s += &format!(" on={d}");
        }
        s
    }

    /// (name, text, entities, events, counts)
    type Case = (
        &'static str,
        &'static str,
        &'static [Ent],
        &'static [&'static str],
        &'static [&'static str],
    );

    fn check(cases: &[Case]) {
        let mut failures = Vec::new();
        for (name, text, ents, want_events, want_counts) in cases {
            let doc = analyze(text, ents);
            let events: Vec<String> = doc.events.iter().map(show_event).collect();
            let counts: Vec<String> = doc.counts.iter().map(show_count).collect();
            if events != *want_events || (!want_counts.is_empty() && counts != *want_counts) {
                failures.push(format!(
                    "{name}\n  text:   {text}\n  events: {events:?}\n  want:   {want_events:?}\n  counts: {counts:?}\n  want:   {want_counts:?}"
                ));
            }
            for e in &doc.events {
                assert!(
                    e.countries.windows(2).all(|w| w[0] < w[1]),
                    "{name}: unsorted"
                );
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    const VN: Ent = C("VN", &["Vietnam"]);
    const LA: Ent = C("LA", &["Laos"]);
    const ID: Ent = C("ID", &["Indonesia", "WNI"]);
    const KH: Ent = C("KH", &["Kamboja"]);
    const KH_MS: Ent = C("KH", &["Kemboja"]);
    const MM: Ent = C("MM", &["Myanmar"]);
    const CN: Ent = C("CN", &["Tiongkok"]);
    const TH: Ent = C("TH", &["Thailand"]);

    #[test]
    fn both_sides_stand_for_the_two_countries_that_acted_before() {
        check(&[
            (
                "indonesian kedua negara",
                "Indonesia dan Kamboja menandatangani MoU di Jakarta. Kedua negara juga akan bertukar data intelijen.",
                &[ID, KH, P("Jakarta", "ID")],
                &["agreement agreed ID,KH @Jakarta", "information_sharing planned ID,KH"],
                &[],
            ),
            (
                "malay kedua-dua pasukan polis",
                "Polis Diraja Malaysia dan Polis Thailand bertemu di Bukit Kayu Hitam. Kedua-dua pasukan polis menahan 12 suspek.",
                &[
                    O("pdrm", "Polis Diraja Malaysia", OrgKind::Police, Some("MY")),
                    C("TH", &["Thailand"]),
                    P("Bukit Kayu Hitam", "MY"),
                ],
                &[
                    "meeting reported MY,TH @Bukit Kayu Hitam orgs=pdrm",
                    "arrest reported MY,TH",
                ],
                &[],
            ),
            (
                "english the two sides",
                "China and Laos signed a security pact. The two sides also agreed to share intelligence.",
                &[C("CN", &["China"]), LA],
                &[
                    "agreement agreed CN,LA",
                    "agreement agreed CN,LA",
                    "information_sharing agreed CN,LA",
                ],
                &[],
            ),
            (
                "a place or a nationality is not one of the two",
                "Polisi Kamboja menangkap 20 WNI di Myawaddy. Kedua negara sepakat bertukar data.",
                &[KH, ID, P("Myawaddy", "MM")],
                &[
                    "arrest reported KH @Myawaddy",
                    "agreement agreed -",
                    "information_sharing agreed -",
                ],
                &[],
            ),
            (
                "three countries named before are 'ketiga negara'",
                "Thailand, Myanmar dan Tiongkok bertemu di Mae Sot. Ketiga negara sepakat bertukar data.",
                &[TH, MM, CN, P("Mae Sot", "TH")],
                &[
                    "meeting reported CN,MM,TH @Mae Sot",
                    "agreement agreed CN,MM,TH",
                    "information_sharing agreed CN,MM,TH",
                ],
                &[],
            ),
            (
                "after an agreement that points back, the pair are its parties",
                "Polis Diraja Malaysia dan Polis Thailand menandatangani MoU. Majlis itu dihadiri delegasi Malaysia dan Kemboja. Menerusi MoU itu, kedua-dua pasukan polis bersetuju berkongsi maklumat risikan.",
                &[
                    O("pdrm", "Polis Diraja Malaysia", OrgKind::Police, Some("MY")),
                    C("TH", &["Thailand"]),
                    C("MY", &["Malaysia"]),
                    KH_MS,
                ],
                &[
                    "agreement agreed MY,TH orgs=pdrm",
                    "meeting reported KH,MY",
                    "agreement agreed MY,TH",
                    "information_sharing agreed MY,TH",
                ],
                &[],
            ),
            (
                "after a meeting that points back, the three are its sides; a hyphenated pair shares its role",
                "Polri menggelar pertemuan dengan PDRM dan Kepolisian Thailand di Jakarta. Pertemuan tertutup itu membahas jalur transit di perbatasan Thailand-Myanmar. Dalam pertemuan itu, ketiga negara sepakat bertukar data penumpang.",
                &[
                    O("polri", "Polri", OrgKind::Police, Some("ID")),
                    O("pdrm", "PDRM", OrgKind::Police, Some("MY")),
                    O("rtp", "Kepolisian Thailand", OrgKind::Police, Some("TH")),
                    P("Jakarta", "ID"),
                    TH,
                    MM,
                ],
                &[
                    "meeting reported ID,MY,TH @Jakarta orgs=pdrm,polri,rtp",
                    "meeting reported MM,TH",
                    "agreement agreed ID,MY,TH",
                    "information_sharing agreed ID,MY,TH",
                ],
                &[],
            ),
            (
                "english: under the agreement, the two sides",
                "China and Laos signed a security pact in Vientiane. Officials from Thailand and Myanmar attended the ceremony. Under the agreement, the two sides will share intelligence.",
                &[C("CN", &["China"]), LA, TH, MM, P("Vientiane", "LA")],
                &[
                    "agreement agreed CN,LA @Vientiane",
                    "information_sharing planned CN,LA",
                ],
                &[],
            ),
            (
                "three actors make the pair a guess",
                "Thailand, Myanmar dan Tiongkok bertemu di Mae Sot. Kedua negara sepakat bertukar data.",
                &[TH, MM, CN, P("Mae Sot", "TH")],
                &[
                    "meeting reported CN,MM,TH @Mae Sot",
                    "agreement agreed -",
                    "information_sharing agreed -",
                ],
                &[],
            ),
        ]);
    }

    #[test]
    fn capitals_stand_for_their_governments_but_not_where_things_happen() {
        check(&[
            (
                "english capitals agree",
                "The flights were agreed between Beijing, Bangkok and Naypyidaw at a meeting in Mae Sot.",
                &[
                    P("Beijing", "CN"),
                    P("Bangkok", "TH"),
                    P("Naypyidaw", "MM"),
                    P("Mae Sot", "TH"),
                ],
                &[
                    "agreement agreed CN,MM,TH @Mae Sot",
                    "meeting agreed CN,MM,TH @Mae Sot",
                ],
                &[],
            ),
            (
                "indonesian capital as subject",
                "Phnom Penh mendeportasi 50 WNI pekan lalu.",
                &[P("Phnom Penh", "KH"), ID],
                &["repatriation reported ID,KH KH>ID"],
                &[],
            ),
            (
                "malay visit to a capital",
                "Delegasi PDRM akan mengunjungi Bangkok bulan depan.",
                &[
                    O("pdrm", "PDRM", OrgKind::Police, Some("MY")),
                    P("Bangkok", "TH"),
                ],
                &["meeting planned MY,TH orgs=pdrm"],
                &[],
            ),
            (
                "a capital after di is a place",
                "Polisi Kamboja menangkap 20 orang di Phnom Penh.",
                &[KH, P("Phnom Penh", "KH")],
                &["arrest reported KH @Phnom Penh"],
                &[],
            ),
            (
                "a dateline does not act",
                "Bangkok, Reuters - Myanmar police arrested 20 people.",
                &[P("Bangkok", "TH"), MM],
                &["arrest reported MM"],
                &[],
            ),
            (
                "a city that is no capital never acts",
                "Sihanoukville mendeportasi 50 WNI.",
                &[P("Sihanoukville", "KH"), ID],
                &["repatriation reported ID ->ID"],
                &[],
            ),
            (
                "a place's own authorities act for its country",
                "Myawaddy authorities handed over 400 people on Friday.",
                &[P("Myawaddy", "MM")],
                &["repatriation reported MM MM>-"],
                &[],
            ),
            (
                "indonesian: polisi + place",
                "Polisi Sihanoukville mendeportasi 50 WNI.",
                &[P("Sihanoukville", "KH"), ID],
                &["repatriation reported ID,KH KH>ID"],
                &[],
            ),
        ]);
    }

    #[test]
    fn the_nationality_of_part_of_a_group_is_not_where_the_group_goes() {
        check(&[
            (
                "indonesian di antaranya",
                "Otoritas Kamboja mendeportasi 2.719 warga asing, di antaranya 318 WNI.",
                &[KH, ID],
                &["repatriation reported KH KH>-"],
                &[],
            ),
            (
                "indonesian list after di antaranya",
                "Otoritas Myanmar menyerahkan 261 orang kepada Thailand, di antaranya warga Tiongkok, Vietnam, dan Indonesia.",
                &[MM, TH, CN, VN, ID],
                &["repatriation reported MM,TH MM>TH"],
                &[],
            ),
            (
                "english including",
                "Philippine authorities deported 40 workers, including eight Vietnamese.",
                &[C("PH", &["Philippine"]), C("VN", &["Vietnamese"])],
                &["repatriation reported PH PH>-"],
                &[],
            ),
            (
                "malay termasuk",
                "Polis Thailand menghantar pulang 31 individu, termasuk sembilan warga Malaysia.",
                &[C("TH", &["Thailand"]), C("MY", &["Malaysia"])],
                &["repatriation reported TH TH>-"],
                &[],
            ),
            (
                "the whole group's nationality still names where it goes",
                "Otoritas Kamboja mendeportasi 318 WNI.",
                &[KH, ID],
                &["repatriation reported ID,KH KH>ID"],
                &[],
            ),
        ]);
    }

    #[test]
    fn a_partner_alone_implies_the_side_an_indonesian_or_malay_article_speaks_for() {
        let cases: &[(&str, Lang, &[Ent], &[&str])] = &[
            (
                "Hasil kerjasama dengan Polis Kebangsaan Kemboja, 23 rakyat Malaysia telah diselamatkan.",
                Lang::Ms,
                &[
                    O("pkk", "Polis Kebangsaan Kemboja", OrgKind::Police, Some("KH")),
                    C("MY", &["Malaysia"]),
                ],
                &["rescue reported KH,MY orgs=pkk"],
            ),
            (
                "Evakuasi dilakukan bekerja sama dengan polisi Laos.",
                Lang::Id,
                &[LA],
                &["rescue reported ID,LA"],
            ),
            (
                "Polisi Thailand bekerja sama dengan polisi Laos menangkap 20 orang.",
                Lang::Id,
                &[TH, LA],
                &["arrest reported LA,TH"],
            ),
            (
                "The rescue was carried out in cooperation with Lao police.",
                Lang::En,
                &[C("LA", &["Lao"])],
                &["rescue reported LA"],
            ),
            // Cooperation with one named side: the other is the article's.
            (
                "Polis juga sedang bertukar maklumat dengan Polis Kebangsaan Kemboja menerusi saluran ASEANAPOL.",
                Lang::Ms,
                &[
                    O("pkk", "Polis Kebangsaan Kemboja", OrgKind::Police, Some("KH")),
                    O("aseanapol", "ASEANAPOL", OrgKind::International, None),
                ],
                &["information_sharing reported KH,MY orgs=aseanapol,pkk"],
            ),
            (
                "Pertukaran data serupa juga dilakukan dengan Kedutaan Besar Vietnam di Jakarta.",
                Lang::Id,
                &[
                    O("vn-embassy", "Kedutaan Besar Vietnam", OrgKind::Agency, Some("VN")),
                    P("Jakarta", "ID"),
                ],
                &["information_sharing reported ID,VN @Jakarta orgs=vn-embassy"],
            ),
            (
                "Police also exchanged information with Cambodian police.",
                Lang::En,
                &[C("KH", &["Cambodian"])],
                &["information_sharing reported KH"],
            ),
        ];
        check_events(cases);
    }

    #[test]
    fn sharing_verbs_with_data_as_their_object_are_information_sharing() {
        check(&[
            (
                "english object a few words on",
                "The Royal Malaysia Police had shared phone records and transaction data with Thai investigators.",
                &[
                    O("pdrm", "Royal Malaysia Police", OrgKind::Police, Some("MY")),
                    C("TH", &["Thai"]),
                ],
                &["information_sharing reported MY,TH orgs=pdrm"],
                &[],
            ),
            (
                "wallet addresses are data too",
                "The commission said it had shared the wallet addresses with Thai investigators.",
                &[C("TH", &["Thai"])],
                &["information_sharing reported TH"],
                &[],
            ),
            (
                "malay",
                "Polis Thailand berkongsi segala maklumat suspek dengan PDRM.",
                &[TH, O("pdrm", "PDRM", OrgKind::Police, Some("MY"))],
                &["information_sharing reported MY,TH orgs=pdrm"],
                &[],
            ),
            (
                "intelligence passed on by another country",
                "Aksi itu dilakukan berdasarkan informasi intelijen yang dibagikan oleh polisi Tiongkok kepada Kamboja.",
                &[C("CN", &["Tiongkok"]), KH],
                &["information_sharing reported CN,KH"],
                &[],
            ),
            (
                "english: acting on intelligence shared by another country's police",
                "The action followed intelligence shared by Chinese authorities with Lao police.",
                &[C("LA", &["Lao"]), C("CN", &["Chinese"])],
                &["information_sharing reported CN,LA"],
                &[],
            ),
            (
                "information received from another country's police",
                "Operasi itu dilaksanakan selepas menerima maklumat daripada Polis Diraja Malaysia.",
                &[O("pdrm", "Polis Diraja Malaysia", OrgKind::Police, Some("MY"))],
                &["information_sharing reported MY orgs=pdrm"],
                &[],
            ),
            (
                "malay passive: shared with",
                "Maklumat berkaitan dompet kripto itu turut dikongsi dengan polis Thailand.",
                &[TH],
                &["information_sharing reported TH"],
                &[],
            ),
            (
                "sharing something else, or data past a comma, is not",
                "Thailand shared the costs of the flights, and data on the victims was lost.",
                &[TH],
                &[],
                &[],
            ),
        ]);
    }

    #[test]
    fn a_nationality_named_for_part_of_the_arrested_is_not_an_actor() {
        check(&[
            (
                "english 'most of them'",
                "Authorities arrested 214 foreign nationals, most of them Chinese, in raids in Pampanga.",
                &[C("CN", &["Chinese"]), P("Pampanga", "PH")],
                &["arrest reported PH @Pampanga", "operation reported PH @Pampanga"],
                &[],
            ),
            (
                "indonesian 'mayoritas'",
                "Polisi Kamboja menangkap 300 orang, mayoritas Tiongkok, di Bavet.",
                &[KH, CN, P("Bavet", "KH")],
                &["arrest reported KH @Bavet"],
                &[],
            ),
        ]);
    }

    #[test]
    fn things_taken_and_the_syndicates_operations_are_no_events() {
        let cases: &[(&str, &[Ent], &[&str])] = &[
            (
                "Dari rumah itu, petugas mengamankan 14 unit telepon genggam dan uang tunai.",
                &[],
                &[],
            ),
            ("Polisi juga mengamankan sejumlah barang bukti.", &[], &[]),
            (
                "Otak jaringan diduga mengendalikan operasi dari Phnom Penh.",
                &[P("Phnom Penh", "KH")],
                &[],
            ),
            (
                "Sindikat kini memecah operasinya ke rumah-rumah sewaan.",
                &[],
                &[],
            ),
            // People taken still are.
            (
                "Petugas mengamankan 14 orang di Sukoharjo.",
                &[P("Sukoharjo", "ID")],
                &["arrest reported ID @Sukoharjo"],
            ),
        ];
        let cases: Vec<_> = cases.iter().map(|&(t, e, w)| (t, Lang::Id, e, w)).collect();
        check_events(&cases);
    }

    #[test]
    fn a_named_persidangan_is_a_meeting_but_a_court_session_is_not() {
        let cases: &[(&str, Lang, &[Ent], &[&str])] = &[
            (
                "Polis Malaysia menghadiri Persidangan ASEANAPOL ke-43 di Langkawi.",
                Lang::Ms,
                &[C("MY", &["Malaysia"]), P("Langkawi", "MY")],
                &["meeting reported MY @Langkawi"],
            ),
            (
                "Persidangan kasus itu ditunda hingga pekan depan.",
                Lang::Id,
                &[],
                &[],
            ),
            (
                "Sidang kemuncak ASEAN berlangsung di Kuala Lumpur.",
                Lang::Ms,
                &[P("Kuala Lumpur", "MY")],
                &["meeting reported MY @Kuala Lumpur"],
            ),
        ];
        check_events(cases);
    }

    #[test]
    fn handing_over_things_or_suspects_to_prosecutors_moves_nobody_across_a_border() {
        let cases: &[(&str, &[Ent], &[&str])] = &[
            (
                "Penyidik menyerahkan para tersangka beserta barang bukti kepada jaksa pada Senin.",
                &[],
                &[],
            ),
            (
                "Dengan penyerahan tahap dua ini, ketiganya kini berstatus tahanan.",
                &[],
                &[],
            ),
            (
                "Keluarga menyerahkan Rp 8,5 juta kepada perekrut.",
                &[],
                &[],
            ),
            (
                "Calon pekerja cukup menyerahkan paspor dan membayar biaya.",
                &[],
                &[],
            ),
            (
                "The suspects were handed over to prosecutors on Monday.",
                &[],
                &[],
            ),
            // An agreement named for what it covers is no handover.
            (
                "The ministry plans to sign repatriation agreements with Thailand.",
                &[C("TH", &["Thailand"])],
                &["agreement planned ID,TH"],
            ),
            (
                "Kedua negara menandatangani perjanjian pemulangan pekerja migran dengan Kamboja.",
                &[KH],
                &["agreement agreed ID,KH"],
            ),
            (
                "They were paid to hand over their ATM cards to the syndicate in Cambodia.",
                &[C("KH", &["Cambodia"])],
                &[],
            ),
            (
                "Dia menyerahkan akaun bank miliknya kepada sindiket di Kemboja.",
                &[KH_MS],
                &[],
            ),
            (
                "Uang itu telah diserahkan kepada perekrut di Kamboja.",
                &[KH],
                &[],
            ),
            (
                "The probe had been handed over to the National Investigation Agency in India.",
                &[C("IN", &["India"])],
                &[],
            ),
            // Victims handed to those who put them to work.
            (
                "Sindiket menerima USD2,000 bagi setiap mangsa yang diserahkan kepada majikan di Kemboja.",
                &[KH_MS],
                &[],
            ),
            (
                "Terdakwa lalu menyerahkan mereka kepada pihak yang mempekerjakan secara paksa di Kamboja.",
                &[KH],
                &[],
            ),
            (
                "Data hasil analisis PPATK, lanjut Hendrawan, telah diserahkan kepada polisi Kamboja.",
                &[KH],
                &[],
            ),
            // People handed over past a filler, or named before the thing.
            (
                "Polisi Kamboja menyerahkan para tersangka dan dokumen mereka kepada Polri.",
                &[KH, O("polri", "Polri", OrgKind::Police, Some("ID"))],
                &["repatriation reported ID,KH KH>ID"],
            ),
            (
                "Dokumen perjalanan sudah siap dan 12 WNI itu diserahkan kepada KBRI oleh polisi Kamboja.",
                &[KH],
                &["repatriation reported ID,KH KH>ID"],
            ),
            // People handed over to another country still are.
            (
                "Polisi Kamboja menyerahkan 12 tersangka kepada Polri di Phnom Penh.",
                &[KH, O("polri", "Polri", OrgKind::Police, Some("ID"))],
                &["repatriation reported ID,KH KH>ID"],
            ),
        ];
        let cases: Vec<_> = cases.iter().map(|&(t, e, w)| (t, Lang::Id, e, w)).collect();
        check_events(&cases);
    }

    #[test]
    fn a_noun_that_points_back_at_a_told_event_is_not_a_new_one() {
        check(&[
            (
                "indonesian demonstrative after the noun",
                "Sebanyak 162 warga asing diamankan dalam operasi tersebut.",
                &[],
                &["arrest reported -"],
                &[],
            ),
            (
                "malay 'operasi sama'",
                "Dalam operasi sama, polis Kemboja menahan 11 suspek.",
                &[C("KH", &["Kemboja"])],
                &["arrest reported KH"],
                &[],
            ),
            (
                "english 'under the agreement' and 'this operation'",
                "Under the agreement, Thailand will hold training for Cambodian investigators during this operation.",
                &[TH, C("KH", &["Cambodian"])],
                &["training planned KH,TH"],
                &[],
            ),
            (
                "acting on an agreement made before",
                "The handover was carried out in line with the agreement between Vietnam and Cambodia.",
                &[C("VN", &["Vietnam"]), C("KH", &["Cambodia"])],
                &["repatriation reported KH,VN"],
                &[],
            ),
            (
                "indonesian 'berdasarkan MoU'",
                "Berdasarkan MoU dengan Kamboja, Polri menerima dua buronan.",
                &[KH, O("polri", "Polri", OrgKind::Police, Some("ID"))],
                &[],
                &[],
            ),
            (
                "a noun without a pointer is a new event",
                "Polisi Thailand menggelar operasi gabungan di Mae Sot.",
                &[TH, P("Mae Sot", "TH")],
                &["operation reported TH @Mae Sot"],
                &[],
            ),
        ]);
    }

    #[test]
    fn people_sent_home_go_to_the_article_side_when_the_story_named_its_nationals() {
        let kbri = O("kbri", "KBRI Vientiane", OrgKind::Agency, Some("ID"));
        let cases: &[(&str, Lang, &[Ent], &[&str])] = &[
            (
                "Sebanyak 17 WNI ditahan polisi Laos di Bokeo. KBRI Vientiane akan memulangkan mereka secara bertahap.",
                Lang::Id,
                &[ID, LA, P("Bokeo", "LA"), kbri],
                &["arrest reported LA @Bokeo", "repatriation planned ID,LA LA>ID orgs=kbri"],
            ),
            (
                "Seramai 17 rakyat Malaysia diselamatkan di Bokeo. Kesemua mangsa dijangka dibawa pulang minggu depan.",
                Lang::Ms,
                &[C("MY", &["Malaysia"]), P("Bokeo", "LA")],
                &["rescue reported LA @Bokeo", "repatriation planned LA,MY LA>MY"],
            ),
            (
                "Sebanyak 17 WNI dan 40 warga asing ditahan di Bokeo. Warga asing itu akan dipulangkan pekan depan.",
                Lang::Id,
                &[ID, P("Bokeo", "LA")],
                &["arrest reported LA @Bokeo", "repatriation planned LA LA>-"],
            ),
            (
                "Sebanyak 40 warga Tiongkok ditahan di Bokeo. Mereka akan dipulangkan pekan depan.",
                Lang::Id,
                &[CN, P("Bokeo", "LA")],
                &["arrest reported LA @Bokeo", "repatriation planned LA LA>-"],
            ),
            (
                "Sebanyak 14 WNI ditahan di Batam. Mereka akan dipulangkan ke daerah asal masing-masing.",
                Lang::Id,
                &[ID, P("Batam", "ID")],
                &["arrest reported ID @Batam", "repatriation planned ID ->ID"],
            ),
            (
                "Sebanyak 38 WNI dibebaskan di Sihanoukville. Sebanyak 31 orang sudah dipulangkan ke daerah asal.",
                Lang::Id,
                &[ID, P("Sihanoukville", "KH")],
                &["rescue reported KH @Sihanoukville", "repatriation reported ID ->ID"],
            ),
            (
                "Hartono menjadi buronan pertama yang diekstradisi dari Thailand tahun ini.",
                Lang::Id,
                &[TH],
                &["repatriation reported ID,TH TH>ID"],
            ),
            (
                "Seramai 30 warga asing dihantar pulang dari Thailand.",
                Lang::Ms,
                &[TH],
                &["repatriation reported TH TH>-"],
            ),
            (
                "Sebanyak 17 WNI ditahan di Bokeo. Mereka akan dideportasi pekan depan.",
                Lang::Id,
                &[ID, P("Bokeo", "LA")],
                &["arrest reported LA @Bokeo", "repatriation planned LA LA>-"],
            ),
        ];
        check_events(cases);
    }

    #[test]
    fn migrant_workers_in_an_indonesian_story_go_home_to_indonesia() {
        let bp3mi = O(
            "bp3mi",
            "Balai Pelayanan Pelindungan Pekerja Migran Indonesia",
            OrgKind::Agency,
            Some("ID"),
        );
        let cases: &[(&str, Lang, &[Ent], &[&str])] = &[
            (
                "Hampir 500 pekerja migran telah dipulangkan dari Kamboja sepanjang tahun lalu.",
                Lang::Id,
                &[KH],
                &["repatriation reported ID,KH KH>ID"],
            ),
            (
                "Sebanyak 312 PMI bermasalah dideportasi dari Malaysia melalui Batam.",
                Lang::Id,
                &[C("MY", &["Malaysia"]), P("Batam", "ID")],
                &["repatriation reported ID,MY MY>ID"],
            ),
            // Inside a name, the words are no people.
            (
                "Balai Pelayanan Pelindungan Pekerja Migran Indonesia mencatat 40 warga asing dideportasi dari Kamboja.",
                Lang::Id,
                &[KH, bp3mi],
                &["repatriation reported KH KH>-"],
            ),
            // In Malay, "pekerja migran" are the foreign workers in Malaysia.
            (
                "Seramai 40 pekerja migran dihantar pulang dari Malaysia.",
                Lang::Ms,
                &[C("MY", &["Malaysia"])],
                &["repatriation reported MY MY>-"],
            ),
        ];
        check_events(cases);
    }

    #[test]
    fn headlines_and_decks_without_final_punctuation_are_not_events() {
        check(&[
            (
                "english deck",
                "Thousands of workers freed from compounds remain stranded in Myanmar",
                &[MM],
                &[],
                &[],
            ),
            (
                "indonesian headline",
                "Polisi Kamboja Tangkap 20 WNI di Sihanoukville",
                &[KH, ID, P("Sihanoukville", "KH")],
                &[],
                &[],
            ),
            (
                "a body sentence with a footer mark still counts",
                "Polisi Kamboja menangkap 20 orang.***",
                &[KH],
                &["arrest reported KH"],
                &[],
            ),
            (
                "a list item ending in a semicolon still counts",
                "Isinya mencakup pertukaran informasi antara Indonesia dan Kamboja;",
                &[ID, KH],
                &["information_sharing reported ID,KH"],
                &[],
            ),
            (
                "data exchanged between police forces is information sharing",
                "Thailand and Cambodia exchanged data on suspects every week.",
                &[TH, C("KH", &["Cambodia"])],
                &["information_sharing reported KH,TH"],
                &[],
            ),
            (
                "malay intelligence shared is information sharing",
                "Malaysia dan Thailand berkongsi risikan mengenai sindiket itu.",
                &[C("MY", &["Malaysia"]), TH],
                &["information_sharing reported MY,TH"],
                &[],
            ),
        ]);
    }

    #[test]
    fn help_and_cooperation_name_co_agents_and_quotes_keep_their_voices() {
        const MY: Ent = C("MY", &["Malaysia"]);
        check(&[
            (
                "malay: the help of a ministry makes its country act",
                "Seramai 41 mangsa diselamatkan dari Myawaddy dengan bantuan Wisma Putra.",
                &[
                    P("Myawaddy", "MM"),
                    O("wisma", "Wisma Putra", OrgKind::Ministry, Some("MY")),
                ],
                &["rescue reported MY @Myawaddy orgs=wisma"],
                &[],
            ),
            (
                "indonesian: hasil kerjasama names the embassy as a co-agent",
                "Sebanyak 20 korban dibebaskan di Shwe Kokko hasil kerjasama Kedutaan Malaysia.",
                &[
                    P("Shwe Kokko", "MM"),
                    O("kedutaan", "Kedutaan Malaysia", OrgKind::Agency, Some("MY")),
                    MY,
                ],
                &["rescue reported MY @Shwe Kokko orgs=kedutaan"],
                &[],
            ),
            (
                "indonesian: the forces an operation involves are its co-agents",
                "Polri akan menggelar operasi bersama dengan melibatkan Kepolisian Nasional Kamboja.",
                &[
                    O("polri", "Polri", OrgKind::Police, Some("ID")),
                    O("knk", "Kepolisian Nasional Kamboja", OrgKind::Police, Some("KH")),
                ],
                &["operation planned ID,KH orgs=knk,polri"],
                &[],
            ),
            (
                "malay: a list goes on past an acronym in brackets",
                "Operasi bersepadu melibatkan Polis Diraja Malaysia, Kepolisian Negara Republik Indonesia (Polri) dan Polis Diraja Thailand dijalankan.",
                &[
                    O("pdrm", "Polis Diraja Malaysia", OrgKind::Police, Some("MY")),
                    O("polri", "Kepolisian Negara Republik Indonesia", OrgKind::Police, Some("ID")),
                    O("polri", "Polri", OrgKind::Police, Some("ID")),
                    O("rtp", "Polis Diraja Thailand", OrgKind::Police, Some("TH")),
                ],
                &["operation reported ID,MY,TH orgs=pdrm,polri,rtp"],
                &[],
            ),
            (
                "'we' in a quote acts for the speaker's country, not the scene's",
                "Polis menahan 40 orang di Johor. Sok Dara berkata: “Sejak Julai, kami telah menahan 3,000 warga asing.”",
                &[
                    P("Johor", "MY"),
                    V("Sejak Julai, kami telah menahan 3,000 warga asing.", "Sok Dara", "KH"),
                ],
                &["arrest reported MY @Johor", "arrest reported KH"],
                &[],
            ),
            (
                "english: a raid involving Lao police",
                "Chinese police carried out a raid involving Lao police in Bokeo.",
                &[C("CN", &["Chinese"]), C("LA", &["Lao"]), P("Bokeo", "LA")],
                &["operation reported CN,LA @Bokeo"],
                &[],
            ),
            (
                "countries named inside a quote do not meet outside it",
                "\"Selebihnya melibatkan Filipina dan Vietnam,\" katanya selepas mesyuarat majlis itu di Putrajaya.",
                &[
                    C("PH", &["Filipina"]),
                    C("VN", &["Vietnam"]),
                    P("Putrajaya", "MY"),
                    Q("Selebihnya melibatkan Filipina dan Vietnam"),
                ],
                &["meeting reported MY @Putrajaya"],
                &[],
            ),
            (
                "a language is no scene",
                "Agents raided a building in Pasay. Scripts were printed in Chinese and English. Authorities rescued 23 workers.",
                &[P("Pasay", "PH"), C("CN", &["Chinese"])],
                &["operation reported PH @Pasay", "rescue reported PH"],
                &[],
            ),
            (
                "a list of countries sets no scene for unnamed police",
                "Agents raided a building in Pasay. The targets were mostly in the United States, Canada and Australia. Police arrested 40 foreigners.",
                &[
                    P("Pasay", "PH"),
                    C("US", &["United States"]),
                    C("CA", &["Canada"]),
                    C("AU", &["Australia"]),
                ],
                &["operation reported PH @Pasay", "arrest reported PH"],
                &[],
            ),
            (
                "a place after a comma still sets the scene of unnamed police",
                "Polis menahan seorang ejen di sebuah rumah di Taman Tunku, Miri, pada Isnin lalu.",
                &[P("Miri", "MY")],
                &["arrest reported MY"],
                &[],
            ),
            (
                "the cost or mechanism of sending people home is not a repatriation",
                "Seluruh biaya pemulangan ditanggung negara, dan Kemlu membahas mekanisme pemulangan dengan Kamboja.",
                &[KH],
                &[],
                &[],
            ),
        ]);
    }

    #[test]
    fn an_enforcement_event_without_actors_continues_the_previous_sentence() {
        check(&[
            (
                "indonesian passive follow-up takes the raiders",
                "Otoritas Laos menggerebek sejumlah gedung di Bokeo. Sedikitnya 500 orang ditahan dalam operasi itu.",
                &[LA, P("Bokeo", "LA")],
                &["operation reported LA @Bokeo", "arrest reported LA"],
                &[],
            ),
            (
                "malay follow-up",
                "Polis Thailand menyerbu sebuah premis di Hat Yai. Seramai 12 suspek ditahan.",
                &[TH, P("Hat Yai", "TH")],
                &["operation reported TH @Hat Yai", "arrest reported TH"],
                &[],
            ),
            (
                "english follow-up after an unrelated sentence takes where the story stands",
                "Thai police raided a building in Mae Sot. The company denied any wrongdoing. Forty people were detained.",
                &[C("TH", &["Thai"]), P("Mae Sot", "TH")],
                &["operation reported TH @Mae Sot", "arrest reported TH"],
                &[],
            ),
            (
                "unnamed police act where the sentence is set",
                "Dalam penggerebekan di Sihanoukville, aparat menangkap 40 orang.",
                &[P("Sihanoukville", "KH")],
                &["operation reported KH @Sihanoukville", "arrest reported KH @Sihanoukville"],
                &[],
            ),
            (
                "malay unnamed police after a paragraph set in a state",
                "Sindiket itu beroperasi dari sebuah rumah kedai di Tawau. Polis menahan 12 suspek semalam.",
                &[P("Tawau", "MY")],
                &["arrest reported MY"],
                &[],
            ),
            (
                "an organization of no country is not unnamed police",
                "Sindikat itu beroperasi dari Poipet. Interpol menangkap 20 orang dalam operasi global.",
                &[
                    P("Poipet", "KH"),
                    O("interpol", "Interpol", OrgKind::International, None),
                ],
                &["arrest reported - orgs=interpol", "operation reported - orgs=interpol"],
                &[],
            ),
            (
                "without any location there is no actor",
                "The company denied any wrongdoing. Forty people were detained.",
                &[],
                &["arrest reported -"],
                &[],
            ),
            (
                "a named actor is never overwritten",
                "Polisi Vietnam menangkap 10 orang. Polisi Kamboja juga menangkap 5 orang.",
                &[VN, KH],
                &["arrest reported VN", "arrest reported KH"],
                &[],
            ),
        ]);
    }

    #[test]
    fn an_acronym_in_brackets_keeps_its_name_in_a_coordination() {
        check(&[
            (
                "malay joint operation of two forces, the first with its acronym",
                "Mereka dibebaskan di Poipet, berhampiran sempadan Thailand, dalam operasi bersama Polis Diraja Malaysia (PDRM) dan Polis Kebangsaan Kemboja.",
                &[
                    P("Poipet", "KH"),
                    TH,
                    O("pdrm", "Polis Diraja Malaysia", OrgKind::Police, Some("MY")),
                    O("pdrm", "PDRM", OrgKind::Police, Some("MY")),
                    O("pnk", "Polis Kebangsaan Kemboja", OrgKind::Police, Some("KH")),
                ],
                &["rescue reported KH,MY @Poipet orgs=pdrm,pnk", "operation reported KH,MY @Poipet orgs=pdrm,pnk"],
                &[],
            ),
            (
                "english joint raid",
                "Officers of the Royal Thai Police (RTP) and the Cambodian National Police raided a compound near the border.",
                &[
                    O("rtp", "Royal Thai Police", OrgKind::Police, Some("TH")),
                    O("rtp", "RTP", OrgKind::Police, Some("TH")),
                    O("cnp", "Cambodian National Police", OrgKind::Police, Some("KH")),
                ],
                &["operation reported KH,TH orgs=cnp,rtp"],
                &[],
            ),
        ]);
    }

    #[test]
    fn cooperation_naming_one_side_goes_on_with_the_partners_named_before() {
        check(&[
            (
                "indonesian: the meeting sentence after the agreement",
                "Indonesia dan Kamboja sepakat membentuk satgas bersama. Kesepakatan itu dicapai dalam pertemuan di Jakarta, Senin.",
                &[ID, KH, P("Jakarta", "ID")],
                &["agreement agreed ID,KH", "meeting reported ID,KH @Jakarta"],
                &[],
            ),
            (
                "english: one side of the pair named again",
                "South Korea and Cambodia agreed to set up a joint task force. The deal followed a meeting with a Korean delegation.",
                &[C("KR", &["South Korea", "Korean"]), C("KH", &["Cambodia"])],
                &["agreement agreed KH,KR", "agreement agreed KH,KR", "meeting agreed KH,KR"],
                &[],
            ),
            (
                "a third country is not folded into the pair",
                "Indonesia dan Kamboja sepakat membentuk satgas bersama. Thailand juga menggelar pertemuan dengan Malaysia.",
                &[ID, KH, TH, C("MY", &["Malaysia"])],
                &["agreement agreed ID,KH", "meeting reported MY,TH"],
                &[],
            ),
            (
                "no pair named before leaves one side alone",
                "Delegasi Kamboja menggelar pertemuan di Jakarta.",
                &[KH, P("Jakarta", "ID")],
                &["meeting reported KH @Jakarta"],
                &[],
            ),
        ]);
    }

    #[test]
    fn a_noun_cue_inside_a_quote_without_parties_is_not_a_new_event() {
        // (name, text, entities, quoted words, events)
        type QuoteCase = (
            &'static str,
            &'static str,
            &'static [Ent],
            &'static str,
            &'static [&'static str],
        );
        let cases: &[QuoteCase] = &[
            (
                "english",
                "“This handover shows our trust,” the minister said.",
                &[],
                "This handover shows our trust,",
                &[],
            ),
            (
                "indonesian quote naming the parties keeps its event",
                "“Ini hasil pertukaran informasi antara Indonesia dan Thailand,” kata Yudi.",
                &[ID, TH],
                "Ini hasil pertukaran informasi antara Indonesia dan Thailand,",
                &["information_sharing reported ID,TH"],
            ),
            (
                "a verb in a quote reports",
                "“Kami telah menangkap 20 orang di Kamboja,” ujarnya.",
                &[KH],
                "Kami telah menangkap 20 orang di Kamboja,",
                &["arrest reported KH"],
            ),
        ];
        for (name, text, ents, quoted, want) in cases {
            let mut doc = document(text, ents);
            let at = text.find(quoted).expect("quoted words are in the text");
            doc.quotes.push(crate::model::Quote {
                speaker: None,
                text: quoted.to_string(),
                span: Span(at, at + quoted.len()),
            });
            let doc = relate_in(text, doc, Lang::Und);
            let got: Vec<String> = doc.events.iter().map(show_event).collect();
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn actors_stand_before_active_verbs_and_after_oleh_in_passives() {
        check(&[
            (
                "codebook example: joint arrest in Laos, then deportation to Vietnam",
                "Polisi Vietnam dan Laos menangkap 1.274 tersangka di Laos, yang semuanya dideportasi ke Vietnam.",
                &[VN, LA, N(1274, CountKind::Arrest, "1.274 tersangka")],
                &["arrest reported LA,VN #0", "repatriation reported LA,VN LA>VN"],
                &["arrest LA,VN"],
            ),
            (
                "passive arrest takes its agent from oleh",
                "Sebanyak 1.274 tersangka ditangkap oleh polisi Laos.",
                &[LA, N(1274, CountKind::Arrest, "1.274 tersangka")],
                &["arrest reported LA #0"],
                &["arrest LA"],
            ),
            (
                "an oleh phrase after a later cue of the clause is that cue's",
                "Polisi Kamboja membebaskan mereka dalam penggerebekan pada Mei, lalu mereka dipulangkan ke Bali oleh KBRI di Phnom Penh.",
                &[
                    C("KH", &["Kamboja"]),
                    P("Bali", "ID"),
                    O("kbri", "KBRI di Phnom Penh", OrgKind::Agency, Some("ID")),
                ],
                &[
                    "rescue reported KH",
                    "operation reported KH",
                    "repatriation reported ID,KH KH>ID orgs=kbri",
                ],
                &[],
            ),
            (
                "people are freed where they were held: dari is where for a rescue",
                "Sebanyak 20 WNI yang dibebaskan dari kawasan Segitiga Emas, Laos, masih menunggu giliran.",
                &[ID, LA, P("Segitiga Emas", "LA")],
                &["rescue reported LA @Segitiga Emas"],
                &[],
            ),
            (
                "passive arrest takes an authority right after the verb",
                "Dua warga Tiongkok ditangkap polisi Thailand di Bangkok.",
                &[CN, TH, P("Bangkok", "TH")],
                &["arrest reported TH @Bangkok"],
                &[],
            ),
            (
                "english passive takes its agent from by",
                "Twenty Chinese nationals were arrested by Thai police in Bangkok.",
                &[C("CN", &["Chinese"]), C("TH", &["Thai"]), P("Bangkok", "TH")],
                &["arrest reported TH @Bangkok"],
                &[],
            ),
            (
                "english active verbs share the subject across and",
                "Philippine authorities raided a scam hub in Pampanga and rescued 300 workers.",
                &[C("PH", &["Philippine"]), P("Pampanga", "PH"), N(300, CountKind::Rescue, "300 workers")],
                &["operation reported PH @Pampanga", "rescue reported PH @Pampanga #0"],
                &["rescue PH @Pampanga"],
            ),
            (
                "a speech verb hands the subject to the clause after it",
                "Kementerian Luar Negeri RI mengatakan polisi Kamboja telah menangkap 20 orang.",
                &[O("kemlu", "Kementerian Luar Negeri RI", OrgKind::Ministry, Some("ID")), KH],
                &["arrest reported KH"],
                &[],
            ),
            (
                "a list of three countries acts together",
                "Polisi Indonesia, Thailand, dan Vietnam menggelar Operasi Jaring Mekong pada Maret 2024.",
                &[ID, TH, VN, D("2024-03", "Maret 2024")],
                &["operation reported ID,TH,VN on=2024-03"],
                &[],
            ),
            (
                "bersama makes a co-agent and organizations are actors",
                "Polri bersama Kepolisian Nasional Kamboja menggerebek markas judi online di Phnom Penh.",
                &[
                    O("polri", "Polri", OrgKind::Police, Some("ID")),
                    O("knk", "Kepolisian Nasional Kamboja", OrgKind::Police, Some("KH")),
                    KH,
                    P("Phnom Penh", "KH"),
                ],
                &["operation reported ID,KH @Phnom Penh orgs=knk,polri"],
                &[],
            ),
            (
                "in cooperation with makes a co-agent in english",
                "Working in cooperation with Lao authorities, Chinese police arrested 771 suspects in the Golden Triangle Special Economic Zone.",
                &[
                    C("LA", &["Lao"]),
                    C("CN", &["Chinese"]),
                    P("Golden Triangle Special Economic Zone", "LA"),
                    N(771, CountKind::Arrest, "771 suspects"),
                ],
                &["arrest reported CN,LA @Golden Triangle Special Economic Zone #0"],
                &[],
            ),
            (
                "the victims' nationality is not an actor of a rescue",
                "Myanmar junta forces freed 200 Thai nationals from a compound near Myawaddy.",
                &[C("MM", &["Myanmar"]), C("TH", &["Thai"]), P("Myawaddy", "MM"), N(200, CountKind::Rescue, "200 Thai nationals")],
                &["rescue reported MM @Myawaddy #0"],
                &[],
            ),
            (
                "an embassy rescuing its citizens makes its country the actor",
                "KBRI Yangon menyelamatkan 47 WNI dari sebuah kompleks di Myawaddy.",
                &[
                    O("kbri-yangon", "KBRI Yangon", OrgKind::Agency, Some("ID")),
                    ID,
                    P("Myawaddy", "MM"),
                    N(47, CountKind::Rescue, "47 WNI"),
                ],
                &["rescue reported ID @Myawaddy #0 orgs=kbri-yangon"],
                &[],
            ),
            (
                "an embassy abroad sends people home from the country it works in",
                "Sembilan korban dipulangkan ke Indonesia dengan bantuan KBRI di Phnom Penh.",
                &[
                    O("kbri-pp", "KBRI di Phnom Penh", OrgKind::Agency, Some("ID")),
                    ID,
                    P("Phnom Penh", "KH"),
                    N(9, CountKind::Repatriation, "Sembilan korban"),
                ],
                &["repatriation reported ID,KH KH>ID #0 orgs=kbri-pp"],
                &["repatriation ID,KH KH>ID"],
            ),
            (
                "an embassy named by its acronym still works where its full name says",
                "Kedutaan Malaysia di Yangon (KDM) mengesahkan 26 mangsa telah diselamatkan hasil kerjasama KDM dan polis Thailand.",
                &[
                    O("kdm", "Kedutaan Malaysia di Yangon", OrgKind::Agency, Some("MY")),
                    O("kdm", "KDM", OrgKind::Agency, Some("MY")),
                    P("Yangon", "MM"),
                    C("TH", &["Thailand"]),
                    N(26, CountKind::Rescue, "26 mangsa"),
                ],
                &["rescue reported MM,MY,TH #0 orgs=kdm"],
                &[],
            ),
            (
                "an embassy's host country does not join its meetings",
                "The Indonesian Embassy in Yangon held a meeting with Thai officials on Monday.",
                &[
                    O("kbri-yangon", "Indonesian Embassy in Yangon", OrgKind::Agency, Some("ID")),
                    C("ID", &["Indonesian"]),
                    P("Yangon", "MM"),
                    C("TH", &["Thai"]),
                ],
                &["meeting reported ID,TH orgs=kbri-yangon"],
                &[],
            ),
            (
                "a place of the body's own country is no host",
                "Polda Metro Jaya Jakarta menyelamatkan 12 korban dari sebuah apartemen.",
                &[
                    O("polda-mj", "Polda Metro Jaya Jakarta", OrgKind::Police, Some("ID")),
                    P("Jakarta", "ID"),
                    N(12, CountKind::Rescue, "12 korban"),
                ],
                &["rescue reported ID #0 orgs=polda-mj"],
                &[],
            ),
            (
                "people described by what was done to them are no new event",
                "Polisi Kamboja mendata setiap WNI yang diselamatkan dan warga Tiongkok yang ditahan dalam penggerebekan itu.",
                &[KH, ID, C("CN", &["Tiongkok"])],
                &[],
                &[],
            ),
            (
                "a relative passive with where or to whom still tells the event",
                "Salah satunya warga Nigeria yang ditangkap di Bekasi. Ada pula 41 warga Tiongkok yang diserahkan ke Tiongkok lewat jalur itu.",
                &[
                    C("NG", &["Nigeria"]),
                    P("Bekasi", "ID"),
                    C("CN", &["Tiongkok"]),
                ],
                &["arrest reported ID @Bekasi", "repatriation reported CN,ID ID>CN"],
                &[],
            ),
            (
                "a country that only tells where a place lies neither acts nor is the location",
                "Dua tersangka dibekuk polisi Kamboja di Poipet, kota perbatasan dengan Thailand. Police detained 29 Japanese men in a raid in Poipet, near the Thai border.",
                &[KH, TH, C("TH", &["Thai"]), P("Poipet", "KH"), C("JP", &["Japanese"])],
                &["arrest reported KH @Poipet", "arrest reported KH", "operation reported KH"],
                &[],
            ),
            (
                "an authority between the relative passive and where still tells the event",
                "Dimas satu dari ratusan WNI yang dipulangkan pemerintah dari Myawaddy. Sebagian WNI yang dipulangkan pemerintah berasal dari Jawa Barat.",
                &[ID, P("Myawaddy", "MM"), P("Jawa Barat", "ID")],
                &["repatriation reported ID,MM @Myawaddy MM>ID"],
                &[],
            ),
            (
                "what a meeting discusses is no repatriation yet",
                "Kementerian Dalam Negeri akan bertemu rakan sejawat dari Kemboja bagi membincangkan pemulangan rakyat Malaysia.",
                &[
                    O("kdn", "Kementerian Dalam Negeri", OrgKind::Ministry, Some("MY")),
                    C("KH", &["Kemboja"]),
                    C("MY", &["Malaysia"]),
                ],
                &["meeting planned KH,MY orgs=kdn"],
                &[],
            ),
            (
                "a meeting to discuss information sharing still plans it",
                "The ministers will meet in Bangkok to discuss the repatriation of victims and intelligence sharing.",
                &[P("Bangkok", "TH")],
                &["meeting planned TH @Bangkok", "information_sharing planned TH @Bangkok"],
                &[],
            ),
            (
                "a crackdown with no actor is the deporting side's",
                "Cambodian authorities deported 18,460 foreigners in 2025, as the government pressed ahead with a nationwide crackdown.",
                &[C("KH", &["Cambodian"]), N(18460, CountKind::Repatriation, "18,460 foreigners")],
                &["repatriation reported KH KH>- #0", "operation reported KH"],
                &["repatriation KH KH>-"],
            ),
            (
                "an embassy of the sentence says where people are sent home from",
                "Mereka kini ditangani KBRI Bangkok dan dijadwalkan dipulangkan ke Indonesia pekan depan.",
                &[
                    O("kbri-bkk", "KBRI Bangkok", OrgKind::Agency, Some("ID")),
                    P("Bangkok", "TH"),
                    ID,
                ],
                &["repatriation planned ID,TH TH>ID"],
                &[],
            ),
            (
                "people brought home from two countries were in both",
                "Sejak 2022, 312 rakyat Malaysia dibawa pulang dari sindiket di Kemboja dan Myanmar.",
                &[
                    C("MY", &["Malaysia"]),
                    C("KH", &["Kemboja"]),
                    C("MM", &["Myanmar"]),
                    N(312, CountKind::Repatriation, "312 rakyat Malaysia"),
                ],
                &["repatriation reported KH,MM,MY KH>MY #0"],
                &["repatriation KH,MM,MY KH>MY"],
            ),
            (
                "a rescue with no actor takes the country of its place",
                "Sebanyak 47 WNI diselamatkan di Myawaddy.",
                &[ID, P("Myawaddy", "MM"), N(47, CountKind::Rescue, "47 WNI")],
                &["rescue reported MM @Myawaddy #0"],
                &["rescue MM @Myawaddy"],
            ),
            (
                "a clause after comma dan takes the subject of the first clause",
                "Polisi Kamboja menggerebek sebuah hotel di Sihanoukville, dan menangkap 40 orang.",
                &[KH, P("Sihanoukville", "KH"), N(40, CountKind::Arrest, "40 orang")],
                &["operation reported KH @Sihanoukville", "arrest reported KH @Sihanoukville #0"],
                &[],
            ),
            (
                "a passive arrest inside a joint operation shares its actors",
                "Sebanyak 300 tersangka ditangkap dalam operasi gabungan polisi Vietnam dan Laos.",
                &[VN, LA, N(300, CountKind::Arrest, "300 tersangka")],
                &["arrest reported LA,VN #0", "operation reported LA,VN"],
                &[],
            ),
            (
                "malay police organization arrests in a raid",
                "Polis Diraja Malaysia menahan 12 warga asing dalam serbuan di Johor Bahru.",
                &[
                    O("pdrm", "Polis Diraja Malaysia", OrgKind::Police, Some("MY")),
                    C("MY", &["Malaysia"]),
                    P("Johor Bahru", "MY"),
                    N(12, CountKind::Arrest, "12 warga asing"),
                ],
                &["arrest reported MY @Johor Bahru #0 orgs=pdrm", "operation reported MY @Johor Bahru orgs=pdrm"],
                &[],
            ),
        ]);
    }

    #[test]
    fn repatriations_run_from_origin_to_destination() {
        check(&[
            (
                "dari X ke Y sets origin and destination",
                "Sebanyak 47 WNI dipulangkan dari Myanmar ke Indonesia pada Senin (2/9).",
                &[ID, MM, N(47, CountKind::Repatriation, "47 WNI"), D("2024-09-02", "Senin (2/9)")],
                &["repatriation reported ID,MM MM>ID #0 on=2024-09-02"],
                &["repatriation ID,MM MM>ID on=2024-09-02"],
            ),
            (
                "officers from a country are that country's, not an origin",
                "The suspects were handed over to officers from China's Ministry of Public Security at the Boten checkpoint.",
                &[C("CN", &["China"]), P("Boten", "LA")],
                &["repatriation reported CN,LA @Boten LA>CN"],
                &[],
            ),
            (
                "a clause with a subject of its own keeps its place",
                "Tiongkok akan memulangkan gelombang berikutnya, sementara Myanmar terus menggelar razia di Myawaddy.",
                &[C("CN", &["Tiongkok"]), MM, P("Myawaddy", "MM")],
                &["repatriation planned CN", "operation reported MM @Myawaddy"],
                &[],
            ),
            (
                "english: while opens a clause with its own subject",
                "China will fly home another group next week, while Thai police keep raiding hideouts in Mae Sot.",
                &[C("CN", &["China"]), C("TH", &["Thai"]), P("Mae Sot", "TH")],
                &["repatriation planned CN", "operation reported TH @Mae Sot"],
                &[],
            ),
            (
                "a clause with a subject of its own tells another side's repatriation",
                "Tiongkok telah memulangkan 900 warganya, sementara Indonesia akan memulangkan 120 WNI pekan depan.",
                &[C("CN", &["Tiongkok"]), ID],
                &["repatriation reported CN ->CN", "repatriation planned ID ->ID"],
                &[],
            ),
            (
                "malay: manakala opens another side's arrest",
                "Polis Thailand menahan 30 suspek di Hat Yai, manakala polis Malaysia menahan 12 suspek di Johor Bahru.",
                &[C("TH", &["Thailand"]), C("MY", &["Malaysia"]), P("Hat Yai", "TH"), P("Johor Bahru", "MY")],
                &["arrest reported TH @Hat Yai", "arrest reported MY @Johor Bahru"],
                &[],
            ),
            (
                "two delegations still make one meeting",
                "Delegasi Thailand dipimpin Jenderal Somchai dalam pertemuan itu, sementara delegasi Malaysia dipimpin Datuk Azman.",
                &[C("TH", &["Thailand"]), C("MY", &["Malaysia"])],
                &["meeting reported MY,TH"],
                &[],
            ),
            (
                "english: a country flies its own citizens home",
                "India flew home 549 of its citizens from Mae Sot on Tuesday.",
                &[C("IN", &["India"]), P("Mae Sot", "TH")],
                &["repatriation reported IN,TH @Mae Sot TH>IN"],
                &[],
            ),
            (
                "malay: a country brings its own people home",
                "Kerajaan Vietnam membawa pulang 300 rakyatnya dari Kemboja.",
                &[C("VN", &["Vietnam"]), KH_MS],
                &["repatriation reported KH,VN KH>VN"],
                &[],
            ),
            (
                "a deporting country is the origin and the deportees go home",
                "Pemerintah Kamboja mendeportasi 50 WNI pekan ini.",
                &[KH, ID, N(50, CountKind::Repatriation, "50 WNI")],
                &["repatriation reported ID,KH KH>ID #0"],
                &[],
            ),
            (
                "english people sent home go to their nationality",
                "The 64 Chinese nationals will be sent home next week.",
                &[C("CN", &["Chinese"]), N(64, CountKind::Repatriation, "64 Chinese nationals")],
                &["repatriation planned CN ->CN #0"],
                &[],
            ),
            (
                "co-agents with a single non-destination country give the origin",
                "Indonesian police worked with Cambodian authorities to deport 69 suspects to Jakarta.",
                &[C("ID", &["Indonesian"]), C("KH", &["Cambodian"]), P("Jakarta", "ID"), N(69, CountKind::Repatriation, "69 suspects")],
                &["repatriation reported ID,KH KH>ID #0"],
                &[],
            ),
            (
                "english extradition goes to the city's country",
                "Thailand extradited three South Korean suspects to Seoul.",
                &[TH, C("KR", &["South Korean"]), P("Seoul", "KR")],
                &["repatriation reported KR,TH TH>KR"],
                &[],
            ),
            (
                "english from X to Y with a plural demonym",
                "A total of 254 Indonesians were repatriated from Cambodia to Jakarta on Friday.",
                &[C("ID", &["Indonesians"]), C("KH", &["Cambodia"]), P("Jakarta", "ID"), N(254, CountKind::Repatriation, "254 Indonesians")],
                &["repatriation reported ID,KH KH>ID #0"],
                &[],
            ),
            (
                "malay rescued citizens sent home to the homeland",
                "Seramai 30 rakyat Malaysia yang diselamatkan di Myanmar telah dihantar pulang ke tanah air.",
                &[C("MY", &["Malaysia"]), MM, N(30, CountKind::Repatriation, "30 rakyat Malaysia")],
                &["rescue reported MM", "repatriation reported MM,MY MM>MY #0"],
                &[],
            ),
            (
                "people sent home go from where the story stands",
                "Polisi Kamboja membebaskan 38 WNI dari sebuah kompleks di Sihanoukville. Sebanyak 31 orang di antaranya sudah dipulangkan ke Indonesia.",
                &[KH, ID, P("Sihanoukville", "KH")],
                &["rescue reported KH @Sihanoukville", "repatriation reported ID,KH KH>ID"],
                &[],
            ),
            (
                "english: the scene is the origin, not the destination",
                "Dozens of Malaysians were stuck in a compound in Myawaddy. The group will be flown home on Friday.",
                &[C("MY", &["Malaysians"]), P("Myawaddy", "MM")],
                &["repatriation planned MM MM>-"],
                &[],
            ),
            (
                "a sender other than the destination keeps the scene out",
                "Ratusan pekerja ditahan di Poipet. Polisi Thailand kemudian memulangkan 80 warga Vietnam.",
                &[P("Poipet", "KH"), TH, VN],
                &["arrest reported KH @Poipet", "repatriation reported TH,VN TH>VN"],
                &[],
            ),
            (
                "a repatriation in a later sentence gets no date or origin it does not state",
                "Polisi Laos menangkap 10 orang pada 2 September 2024. Mereka kemudian dideportasi ke Vietnam.",
                &[LA, VN, N(10, CountKind::Arrest, "10 orang"), D("2024-09-02", "2 September 2024")],
                &["arrest reported LA #0 on=2024-09-02", "repatriation reported VN ->VN"],
                &[],
            ),
        ]);
    }

    #[test]
    fn status_comes_from_plans_agreements_and_negations() {
        check(&[
            (
                "a planned meeting",
                "Menteri Dalam Negeri Indonesia dan Kamboja akan menggelar pertemuan di Jakarta bulan depan.",
                &[ID, KH, P("Jakarta", "ID")],
                &["meeting planned ID,KH @Jakarta"],
                &[],
            ),
            (
                "a noun meeting planned by the words after it takes its place's country",
                "Pertemuan tingkat menteri yang akan digelar di Bali membahas penipuan daring.",
                &[P("Bali", "ID")],
                &["meeting planned ID @Bali"],
                &[],
            ),
            (
                "an agreed information sharing and the agreement itself",
                "Indonesia dan Kamboja sepakat untuk meningkatkan pertukaran informasi intelijen.",
                &[ID, KH],
                &["agreement agreed ID,KH", "information_sharing agreed ID,KH"],
                &[],
            ),
            (
                "english agreed to share intelligence",
                "Thailand and Myanmar agreed to share intelligence on scam compounds.",
                &[C("TH", &["Thailand"]), C("MM", &["Myanmar"])],
                &["agreement agreed MM,TH", "information_sharing agreed MM,TH"],
                &[],
            ),
            (
                "english planned talks",
                "Vietnam and Laos will hold talks on scam centres next month.",
                &[VN, LA],
                &["meeting planned LA,VN"],
                &[],
            ),
            (
                "english signed memorandum with a partner",
                "Indonesia signed a memorandum of understanding with the Philippines on Tuesday.",
                &[C("ID", &["Indonesia"]), C("PH", &["Philippines"])],
                &["agreement agreed ID,PH"],
                &[],
            ),
            (
                "malay working visit to a neighbour",
                "Menteri Dalam Negeri Malaysia mengadakan lawatan kerja ke Thailand minggu lalu.",
                &[C("MY", &["Malaysia"]), TH],
                &["meeting reported MY,TH"],
                &[],
            ),
            (
                "training given to another country's police",
                "Polri memberikan pelatihan peningkatan kapasitas kepada polisi Timor Leste.",
                &[O("polri", "Polri", OrgKind::Police, Some("ID")), C("TL", &["Timor Leste"])],
                &["training reported ID,TL orgs=polri"],
                &[],
            ),
            (
                "a negated arrest is no event",
                "Hingga kini tidak ada WNI yang ditangkap di Kamboja.",
                &[ID, KH],
                &[],
                &[],
            ),
            (
                "english no arrests is no event",
                "Police said no arrests had been made in Sihanoukville.",
                &[P("Sihanoukville", "KH")],
                &[],
                &[],
            ),
            (
                "a refused extradition is no event",
                "Pemerintah Kamboja menolak ekstradisi tersangka ke Tiongkok.",
                &[KH, CN],
                &[],
                &[],
            ),
            (
                "avoiding arrest is no event",
                "Sindikat itu berpindah-pindah untuk menghindari penangkapan oleh polisi.",
                &[],
                &[],
                &[],
            ),
            (
                "not only is no negation",
                "Polisi Thailand tidak hanya menangkap pelaku tetapi juga menyita aset.",
                &[TH],
                &["arrest reported TH"],
                &[],
            ),
        ]);
    }

    #[test]
    fn words_that_only_look_like_events_make_none() {
        check(&[
            (
                "cooperation alone is not an agreement",
                "Indonesia dan Kamboja memperkuat kerja sama pemberantasan penipuan daring.",
                &[ID, KH],
                &[],
                &[],
            ),
            (
                "a scam operation is not a police operation",
                "Operasi penipuan itu dikendalikan dari Myawaddy.",
                &[P("Myawaddy", "MM")],
                &[],
                &[],
            ),
            (
                "an english scam operation is not a named operation",
                "The scam operation in Myawaddy grew quickly.",
                &[P("Myawaddy", "MM")],
                &[],
                &[],
            ),
            (
                "a withheld passport is not an arrest",
                "Korban mengaku paspornya ditahan oleh perekrut.",
                &[],
                &[],
                &[],
            ),
            (
                "a passport withheld behind a pronoun is not an arrest either",
                "Di sana paspor mereka ditahan dan mereka dipaksa bekerja.",
                &[],
                &[],
                &[],
            ),
            (
                "nor in malay",
                "Pasport mereka ditahan oleh majikan di sana.",
                &[],
                &[],
                &[],
            ),
            (
                "people detained before are not a new arrest",
                "Many of the detained Koreans had worked as callers, and 80 of those detained were sent to Thailand.",
                &[C("KR", &["Koreans"]), C("TH", &["Thailand"])],
                &[],
                &[],
            ),
            (
                "the site of a raid told before is not a new raid",
                "Dari lokasi penggerebekan, penyidik menyita 412 telepon genggam.",
                &[],
                &[],
                &[],
            ),
            (
                "a warning to anyone is not an arrest",
                "Anyone who comes here to cheat people online will be arrested and sent back to Cambodia.",
                &[C("KH", &["Cambodia"])],
                &[],
                &[],
            ),
            (
                "nor in malay",
                "Sesiapa yang didapati terlibat dengan sindiket itu akan ditahan dan dihantar pulang.",
                &[],
                &[],
                &[],
            ),
            (
                "nor in indonesian, while the arrest before it stays",
                "Polisi Kamboja menangkap 20 orang, dan siapa pun yang membantu mereka akan ditangkap.",
                &[C("KH", &["Kamboja"])],
                &["arrest reported KH"],
                &[],
            ),
            (
                "documents held by a recruiter are not an arrest",
                "Sesampai di Kamboja, paspor para korban ditahan. Their passports were then detained by the managers.",
                &[KH],
                &[],
                &[],
            ),
            (
                "a signed job contract is not an agreement",
                "The victims signed a contract with a company in Cambodia.",
                &[C("KH", &["Cambodia"])],
                &[],
                &[],
            ),
            (
                "a named english operation is an operation by its agent",
                "Operation Red Lantern was launched by the Royal Thai Police in March.",
                &[
                    O("rtp", "Royal Thai Police", OrgKind::Police, Some("TH")),
                    C("TH", &["Thai"]),
                    D("2024-03", "March"),
                ],
                &["operation reported TH on=2024-03 orgs=rtp"],
                &[],
            ),
        ]);
    }

    #[test]
    fn counts_take_their_event_or_their_own_clause() {
        check(&[
            (
                "a count tied to no event takes the country it is in",
                "Sekitar 15.000 WNI diduga masih terjebak di Kamboja.",
                &[ID, KH, N(15000, CountKind::Involved, "15.000 WNI")],
                &[],
                &["involved KH"],
            ),
            (
                "a victims count belongs to the operation of its sentence",
                "Polisi Filipina menemukan 500 korban dalam penggerebekan pekan lalu.",
                &[
                    C("PH", &["Filipina"]),
                    N(500, CountKind::Victims, "500 korban"),
                ],
                &["operation reported PH #0"],
                &["victims PH"],
            ),
            (
                "a loose count in a place takes the place and its country",
                "Ribuan pekerja masih berada di Shwe Kokko.",
                &[
                    P("Shwe Kokko", "MM"),
                    N(1000, CountKind::Involved, "Ribuan pekerja"),
                ],
                &[],
                &["involved MM @Shwe Kokko"],
            ),
            (
                "a loss with no place stays without countries",
                "Kerugian para korban mencapai Rp 1,5 triliun.",
                &[N(1_500_000_000_000, CountKind::Losses, "Rp 1,5 triliun")],
                &[],
                &["losses -"],
            ),
        ]);
    }

    #[test]
    fn clauses_scope_where_things_happen_and_who_acts() {
        check(&[
            (
                "a place inside a relative clause is not where the arrest happened",
                "Polri menangkap 13 tersangka yang mengelola situs judi dari sebuah server di Kamboja.",
                &[O("polri", "Polri", OrgKind::Police, Some("ID")), KH],
                &["arrest reported ID orgs=polri"],
                &[],
            ),
            (
                "a relative clause right after a noun cue still places it",
                "Pertemuan yang digelar di Phnom Penh dihadiri pejabat Indonesia dan Kamboja.",
                &[ID, KH, P("Phnom Penh", "KH")],
                &["meeting reported ID,KH @Phnom Penh"],
                &[],
            ),
            (
                "comma dan before a list of nouns does not cut the clause",
                "Thailand memutus listrik, internet, dan bahan bakar ke wilayah perbatasan Myanmar sebagai bagian dari operasi penindakan.",
                &[TH, MM],
                &["operation reported TH"],
                &[],
            ),
            (
                "comma dan before a new subject cuts the clause",
                "Polisi Thailand menggerebek sebuah gedung di Mae Sot, dan polisi Myanmar menangkap 30 orang di Myawaddy.",
                &[TH, MM, P("Mae Sot", "TH"), P("Myawaddy", "MM")],
                &["operation reported TH @Mae Sot", "arrest reported MM @Myawaddy"],
                &[],
            ),
            (
                "police in a country are that country's police",
                "Police in Cambodia arrested 40 foreigners at a casino in Bavet.",
                &[C("KH", &["Cambodia"]), P("Bavet", "KH")],
                &["arrest reported KH @Bavet"],
                &[],
            ),
            (
                "counterparts in a list of countries share intelligence",
                "Malaysian police shared intelligence with counterparts in Singapore and Thailand.",
                &[C("MY", &["Malaysian"]), C("SG", &["Singapore"]), C("TH", &["Thailand"])],
                &["information_sharing reported MY,SG,TH"],
                &[],
            ),
            (
                "countries right after a joint operation are its actors and the rescue shares them",
                "Ribuan pekerja dibebaskan menyusul operasi gabungan Tiongkok, Myanmar, dan Thailand di perbatasan.",
                &[CN, MM, TH],
                &["rescue reported CN,MM,TH", "operation reported CN,MM,TH"],
                &[],
            ),
            (
                "a relative clause shares the actors of the operation it hangs on",
                "Polis Thailand melancarkan operasi bersama, yang menyaksikan 200 warga asing dibebaskan.",
                &[TH],
                &["operation reported TH", "rescue reported TH"],
                &[],
            ),
            (
                "malay authorities hand people over by oleh",
                "Mereka diserahkan oleh pihak berkuasa Myanmar kepada Thailand.",
                &[MM, TH],
                &["repatriation reported MM,TH MM>TH"],
                &[],
            ),
        ]);
    }

    #[test]
    fn agreements_make_their_objects_agreed_and_requests_make_nothing() {
        check(&[
            (
                "nouns covered by a signed MoU are agreed by its parties",
                "Polri dan Kepolisian Nasional Kamboja menandatangani nota kesepahaman yang mencakup pertukaran data dan pelatihan bersama.",
                &[
                    O("polri", "Polri", OrgKind::Police, Some("ID")),
                    O("knk", "Kepolisian Nasional Kamboja", OrgKind::Police, Some("KH")),
                    KH,
                ],
                &[
                    "agreement agreed ID,KH orgs=knk,polri",
                    "information_sharing agreed ID,KH orgs=knk,polri",
                    "training agreed ID,KH orgs=knk,polri",
                ],
                &[],
            ),
            (
                "a plan agreed by three countries is agreed by them",
                "Rencana repatriasi yang disepakati Tiongkok, Thailand, dan Myanmar dimulai pekan ini.",
                &[CN, TH, MM],
                &["repatriation agreed CN,MM,TH", "agreement agreed CN,MM,TH"],
                &[],
            ),
            (
                "an urged information sharing is no event",
                "UNODC mendesak negara-negara di kawasan memperkuat pertukaran informasi.",
                &[],
                &[],
                &[],
            ),
            (
                "english urged intelligence sharing is no event",
                "The UN urged governments to improve cross-border intelligence sharing.",
                &[],
                &[],
                &[],
            ),
            (
                "malay close cooperation is no meeting",
                "Kami terus bekerjasama rapat dengan Thailand.",
                &[TH],
                &[],
                &[],
            ),
            (
                "a press conference is no meeting",
                "Polisi memaparkan kasus itu dalam konferensi pers di Jakarta.",
                &[P("Jakarta", "ID")],
                &[],
                &[],
            ),
            (
                "english: borders that meet are no meeting",
                "The zone sits on the Mekong River where Laos, Thailand and Myanmar meet.",
                &[C("LA", &["Laos"]), C("TH", &["Thailand"]), C("MM", &["Myanmar"])],
                &[],
                &[],
            ),
            (
                "officials who meet still meet",
                "Police chiefs from Laos and Thailand will meet in Vientiane, where the task force sits.",
                &[C("LA", &["Laos"]), C("TH", &["Thailand"]), P("Vientiane", "LA")],
                &["meeting planned LA,TH @Vientiane"],
                &[],
            ),
            (
                "indonesian: where borders meet is no meeting",
                "Kawasan itu berada di tempat bertemunya perbatasan Laos, Thailand, dan Myanmar.",
                &[C("LA", &["Laos"]), TH, MM],
                &[],
                &[],
            ),
            (
                "an operations unit is no operation",
                "Kepala Biro Operasi Polda Metro Jaya memimpin apel pagi di Jakarta.",
                &[P("Jakarta", "ID")],
                &[],
                &[],
            ),
            (
                "malay: an operations room is no operation",
                "Orang ramai boleh menghubungi Pusat Gerakan Operasi JSJK di Kuala Lumpur.",
                &[P("Kuala Lumpur", "MY")],
                &[],
                &[],
            ),
            (
                "english: an operations centre is no operation",
                "The National Scam Response Operations Centre in Kuala Lumpur took 400 calls.",
                &[P("Kuala Lumpur", "MY")],
                &[],
                &[],
            ),
            (
                "people awaiting repatriation are a planned repatriation",
                "Lebih dari 7.000 orang masih menunggu untuk dipulangkan dari Myanmar.",
                &[MM],
                &["repatriation planned MM MM>-"],
                &[],
            ),
        ]);
    }

    #[test]
    fn repatriations_count_transit_countries() {
        check(&[(
            "people sent home through a border town pass through its country",
            "Pemerintah Indonesia memulangkan 120 WNI dari Myawaddy melalui Mae Sot, Thailand.",
            &[ID, TH, P("Myawaddy", "MM"), P("Mae Sot", "TH")],
            &["repatriation reported ID,MM,TH @Myawaddy MM>ID"],
            &[],
        )]);
    }

    #[test]
    fn bad_input_never_panics() {
        let texts = [
            "",
            "   ",
            "😀 ditangkap 😀",
            "Polisi\u{a0}Laos\u{a0}menangkap\u{a0}5\u{a0}orang di\u{a0}Laos.",
            "ditangkap",
            ", yang ; , dan",
            "“Kami menangkap mereka,” kata polisi—lalu dideportasi…",
        ];
        for text in texts {
            let mut doc = Document::default();
            // Spans that do not fit the text, or cut a character in two.
            let len = text.len();
            doc.countries.push(Country {
                code: "LA".into(),
                name: "Laos".into(),
                mentions: 3,
                spans: vec![Span(0, len + 5), Span(1, 2), Span(len, len), Span(3, 1)],
            });
            doc.counts.push(Count::exact(
                u64::MAX,
                CountKind::Arrest,
                Span(0, len.saturating_sub(1)),
            ));
            let sentences = crate::segment::sentences(text);
            let ctx = Context {
                text,
                lang: Lang::Und,
                sentences: &sentences,
                reference: Reference::default(),
            };
            relate(&ctx, &mut doc);
            // Sentence spans that run past the text are skipped too.
            let broken = [Span(0, len + 10)];
            let ctx = Context {
                sentences: &broken,
                ..ctx
            };
            relate(&ctx, &mut doc);
        }
    }
}
