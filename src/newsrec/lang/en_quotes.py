"""English tables for finding quotes, speakers and sources.

Everything the quote and source extractors know about English is here, as
data: which characters are quotation marks and how they pair, the verbs that
report speech, the words that describe speakers, the pronouns and what they can
refer to, and the words that tell a person from a ministry or a newspaper.
Another language is added by writing a module with the same names.

Words are lower case; multi-word entries are matched word by word.
"""

from __future__ import annotations

# --- Quotation marks ---------------------------------------------------------------------

#: Marks of the double family (they pair with each other in any combination, because real
#: text mixes them: “…" and "…” both occur). ``"`` is decided by its context.
DOUBLE_MARKS = '“”"„«»'
#: Marks of the single family. ``'`` and ``’`` are apostrophes more often than quotes.
SINGLE_MARKS = "‘’'‚‹›"
#: Marks that can only open a quotation: the German and Polish low marks.
ALWAYS_OPEN = "„‚"
#: Marks that open by default; context may make them close (German „…“, German »…«).
OPEN_BY_DEFAULT = "“‘«‹"
#: Marks that close by default; context may make them open (Swedish ”…”, German »…«).
CLOSE_BY_DEFAULT = "”’»›"
#: Marks whose direction comes from context alone.
AMBIGUOUS = "\"'"
#: Words written with a leading apostrophe, not an opening quote: ’em, ’til, ’90s (digits
#: are handled separately).
ELISIONS = frozenset("em til tis twas cause cos n round bout nother scuse kay sup ya".split())

# --- Verbs that report speech --------------------------------------------------------------

#: Verbs that report speech only right next to a quote ("“…?” Smith pressed"), listed once
#: here and added to both tables below.
ADJACENT_ONLY_EXTRA = """
    press presses pressed interject interjects interjected interrupt interrupts interrupted
    muse muses mused reason reasons reasoned wonder wonders wondered brag brags bragged
    email emails emailed text texts texted agree agrees agreed offer offers offered
    state states bark barks barked implore implores implored
""".split()

#: Reporting verbs, every form written out, that attribute words to a speaker.
#: "Strong" verbs attribute a quote from anywhere earlier in the sentence.
STRONG_CUES = frozenset(
    """
    say says said saying
    tell tells told telling
    state states stated stating
    add adds added adding
    warn warns warned warning
    ask asks asked asking
    write writes wrote writing written
    tweet tweets tweeted tweeting
    declare declares declared declaring
    claim claims claimed claiming
    insist insists insisted insisting
    argue argues argued arguing
    explain explains explained explaining
    note notes noted noting
    emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
    stress stresses stressed stressing
    reply replies replied replying
    respond responds responded responding
    answer answers answered answering
    announce announces announced announcing
    assure assures assured assuring
    acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting
    affirm affirms affirmed affirming
    assert asserts asserted asserting
    confirm confirms confirmed confirming
    contend contends contended contending
    maintain maintains maintained maintaining
    suggest suggests suggested suggesting
    predict predicts predicted predicting
    promise promises promised promising
    vow vows vowed vowing
    pledge pledges pledged pledging
    recall recalls recalled recalling
    remark remarks remarked remarking
    observe observes observed observing
    comment comments commented commenting
    exclaim exclaims exclaimed exclaiming
    shout shouts shouted shouting
    yell yells yelled yelling
    scream screams screamed screaming
    cry cries cried crying
    joke jokes joked joking
    quip quips quipped quipping
    boast boasts boasted boasting
    complain complains complained complaining
    lament laments lamented lamenting
    concede concedes conceded conceding
    conclude concludes concluded concluding
    continue continues continued
    counter counters countered countering
    retort retorts retorted retorting
    report reports reported reporting
    reiterate reiterates reiterated reiterating
    repeat repeats repeated repeating
    testify testifies testified testifying
    urge urges urged urging
    plead pleads pleaded pleading
    demand demands demanded demanding
    accuse accuses accused accusing
    criticize criticizes criticized criticizing criticise criticises criticised
    charge charges charged
    blast blasts blasted
    slam slams slammed
    mock mocks mocked mocking
    praise praises praised praising
    describe describes described describing
    call calls called
    dub dubs dubbed
    label labels labeled labelled
    brand brands branded
    deny denies denied denying
    reveal reveals revealed revealing
    disclose discloses disclosed disclosing
    indicate indicates indicated
    mention mentions mentioned mentioning
    posted
    read reads
    sing sings sang
    chant chants chanted chanting
    whisper whispers whispered
    mutter mutters muttered
    murmur murmurs murmured
    thunder thundered
    snap snaps snapped
    gush gushes gushed
    scoff scoffs scoffed
    sigh sighs sighed
    laugh laughs laughed
    smile smiles smiled
    recount recounts recounted
    summarize summarizes summarized
    elaborate elaborates elaborated
    opine opines opined
    proclaim proclaims proclaimed
    predicted
    caution cautions cautioned cautioning
    allege alleges alleged alleging
    """.split()
    + ADJACENT_ONLY_EXTRA
)

#: Reporting verbs that only attribute a quote right next to them ("he continued: “…”",
#: "“…,” he laughed"), because elsewhere they usually mean something else.
ADJACENT_ONLY_CUES = frozenset(
    """
    continue continues continued read reads sing sings sang laugh laughs laughed smile
    smiles smiled sigh sighs sighed posted call calls called dub dubs dubbed label labels
    labeled labelled brand brands branded describe describes described chant chants chanted
    """.split()
    + ADJACENT_ONLY_EXTRA
)

#: Verbs that take a clause of reported speech ("said that ...", "claimed ..."): a sentence
#: with one of these and no quotation marks is an indirect quote.
CLAUSE_CUES = frozenset(
    """
    say says said tell tells told state states stated warn warns warned claim claims claimed
    insist insists insisted argue argues argued explain explains explained note notes noted
    announce announces announced assure assures assured acknowledge acknowledges acknowledged
    admit admits admitted assert asserts asserted confirm confirms confirmed contend contends
    contended maintain maintains maintained report reports reported predict predicts
    predicted reveal reveals revealed deny denies denied added adds emphasized emphasised
    stressed stresses wrote writes
    """.split()
)

#: Multi-word cues that come before their source: "according to the ministry".
ACCORDING_TO = ("according to", "as reported by", "in the words of", "quoted by", "cited by")

#: Phrases that attribute to nobody in particular.
UNATTRIBUTED = (
    "there are reports that",
    "there were reports that",
    "there have been reports that",
    "it is reported that",
    "it was reported that",
    "reports say",
    "reports said",
    "sources say",
    "sources said",
)

#: Reporting verbs that are nouns as often ("in a Friday tweet", "his latest remarks"):
#: after a determiner they report nobody.
NOUN_CUES = frozenset(
    "tweet tweets report reports comment comments note notes answer answers claim claims "
    "reply replies remark remarks promise promises pledge pledges vow vows demand demands "
    "charge charges".split()
)

#: Words that cannot start the clause a reporting verb reports ("said on a call ..."):
#: without a "that" after them, there is no indirect quote.
NOT_CLAUSE_STARTS = frozenset(
    "on in at during after before since to for with by from about over under via through "
    "earlier later yesterday today tonight".split()
)

#: Words between a speaker and the cue that belong to neither: "he also said".
CUE_ADVERBS = frozenset(
    """
    also later then further previously recently once again first finally simply flatly
    quickly repeatedly subsequently still even had has have has had will would could
    has been was is did does do not never just only ultimately reportedly allegedly
    apparently publicly privately bluntly separately earlier often always usually
    sometimes frequently
    """.split()
)

# --- Speakers -------------------------------------------------------------------------------

#: Pronouns that can be the speaker of a quote, with the kinds of source they can refer to
#: ("person" for people, "group" for bodies and documents).
SPEAKER_PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "i": "person",
    "we": "group",
    "they": "group",
    "it": "group",
}
#: Relative pronouns: the speaker is the noun phrase they follow ("Smith, who said ...").
RELATIVE_PRONOUNS = frozenset("who which that whom".split())

#: Words that start a described speaker: "the Kazakh president", "a spokesman".
DETERMINERS = frozenset(
    "the a an this that these those his her their its our one another some several many "
    "two three four five six".split()
)

#: Titles written before a name, removed to get the name itself.
TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady rev fr sen senator rep representative gov
    governor pres president vice prime minister secretary gen general col colonel lt
    lieutenant capt captain sgt sergeant adm admiral cmdr commander judge justice chief
    mayor king queen prince princess sheikh ayatollah pope chancellor premier speaker
    ambassador attorney sheriff officer detective deputy leader chairman chairwoman
    director spokesman spokeswoman spokesperson former acting interim
    """.split()
)

#: Nouns that describe a person as a role: "the Kazakh president", "the spokesman".
PERSON_NOUNS = frozenset(
    """
    president vice-president premier minister chancellor secretary senator congressman
    congresswoman lawmaker legislator representative governor mayor official officials
    spokesman spokeswoman spokesperson aide adviser advisor advisers strategist analyst
    economist expert experts professor researcher scientist doctor lawyer attorney judge
    prosecutor prosecutors sheriff officer chief commander general colonel captain leader
    leaders chairman chairwoman chair director founder ceo executive candidate nominee
    campaigner activist organizer manager operative consultant donor voter voters resident
    residents witness witnesses friend neighbor mother father son daughter wife husband
    man woman person source sources diplomat ambassador envoy monarch king queen prince
    pope priest pastor rabbi imam bishop narrator host anchor reporter correspondent
    columnist editor writer author commentator pollster historian student teacher worker
    member members owner partner head boss veteran republican democrat republicans
    democrats conservative liberal tycoon billionaire businessman businesswoman
    entrepreneur coach player star actor actress singer rapper comedian protester
    protesters demonstrator demonstrators victim survivor survivors speaker insider
    insiders observer observers critic critics supporter supporters opponent opponents
    counsel negotiator mediator governor-elect president-elect frontrunner front-runner
    aides lawmakers legislators senators congressmen congresswomen representatives
    governors mayors spokesmen spokeswomen strategists analysts economists professors
    researchers scientists doctors lawyers attorneys judges officers commanders candidates
    nominees campaigners activists organizers managers operatives consultants donors
    diplomats ambassadors envoys priests pastors reporters correspondents columnists
    editors writers authors commentators pollsters historians students teachers workers
    owners partners veterans players victims staffer staffers employee employees user users
    reader readers viewer viewers fan fans
    """.split()
)

#: Endings of a head noun that describe a person by age: "said the 52-year-old".
AGE_SUFFIXES = ("-year-old", "-year-olds")

#: Nouns that make a source a government body.
GOVERNMENT_WORDS = frozenset(
    """
    ministry ministries government governments authorities authority department
    administration police army military navy kremlin parliament congress senate cabinet
    embassy consulate presidency council court courts prosecutor's regime junta
    agency commission bureau office state white house pentagon interior defense defence
    forces
    """.split()
)
#: Nouns that make a source a news medium.
MEDIA_WORDS = frozenset(
    """
    press newspaper newspapers paper daily tabloid broadcaster network television tv radio
    channel magazine media outlet outlets times post journal tribune herald guardian
    telegraph gazette news cnn bbc nbc abc cbs msnbc npr pbs fox politico breitbart axios
    """.split()
)
#: News and photo agencies, recognised by name.
AGENCY_NAMES = frozenset(
    """
    reuters ap afp efe epa dpa ansa xinhua tass interfax ria kyodo yonhap upi getty
    bloomberg anadolu pap bernama
    """.split()
)
#: Agency names of two words or more.
AGENCY_PHRASES = ("associated press", "agence france-presse", "france presse", "getty images")
#: Nouns that make a source a monitoring group.
MONITOR_WORDS = frozenset("monitor monitors observatory watchdog netblocks tracker".split())
#: Nouns that make a source a document.
DOCUMENT_WORDS = frozenset(
    """
    report reports statement statements study survey poll polls filing document documents
    letter email e-mail memo memorandum complaint lawsuit indictment release ad
    advertisement post tweet message website transcript analysis data figures census
    editorial op-ed article book speech video suit petition motion ruling opinion order
    affidavit testimony
    """.split()
)
#: Nouns that make a source an organisation.
ORGANIZATION_WORDS = frozenset(
    """
    alliance organization organisation company firm corporation corp inc ltd group party
    union federation association institute foundation committee campaign coalition league
    bank university college center centre council society fund pac club team movement
    network board
    """.split()
)

#: Capitalised words that start sentences but never name a speaker.
NOT_NAMES = frozenset(
    """
    the a an and but or so yet if when while as at in on of for to from by with after
    before since during this that these those there here it its he she they we i you
    his her their our my your who what where why how which then also however meanwhile
    still now today yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december not no yes one some many most all both each every other another mr mrs ms
    dr according asked speaking
    """.split()
)

#: Lower-case words allowed inside a name: "Ministry of Interior", "Ludwig van Beethoven".
NAME_LINKS = frozenset("of the de del della der van von bin al la le du da dos das y".split())

#: Words that end a described speaker after the head noun: "said the spokesman in a call".
NP_STOPS = frozenset(
    """
    in on at during after before since when while who which that whom as to for from with
    by because but and or said says told
    """.split()
)

#: Nouns for works whose titles are quoted: a passage right after one ("his book, “Quiet
#: Rivers”", "the film “Nine Winters”") or after "titled" is a title, not something said.
WORK_NOUNS = frozenset(
    """
    book books novel novels memoir biography autobiography film films movie movies
    documentary show shows sitcom series song songs album albums single play musical opera
    poem essay column headline podcast episode slogan hashtag titled entitled
    """.split()
)
