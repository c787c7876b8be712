#!/usr/bin/env python3
# Builds the reprint evaluation set: real and sample articles, reprints made the way outlets make them, near misses.
"""Usage: make_set.py OUT_DIR [--bench DIR] [--examples DIR] [--seed N]

Writes OUT_DIR/articles.jsonl (storytrace JSONL: id, published, title, text, source; sorted by
published) and OUT_DIR/gold.json (reprint_of, families, negatives, articles). README.md describes
the set. The output depends only on the inputs and the seed."""
import argparse, datetime as dt, html, json, os, re, sys
from collections import Counter, defaultdict
from random import Random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

NAMES = ["Anna Keller", "Jonas Weber", "Claire Martin", "Lucía Romero", "Peter Novak", "Sara Lindqvist",
         "Tomás Ribeiro", "Elena Rossi", "Mark Daniels", "Hélène Fabre", "Ivan Petrov", "Mia Hoffmann"]
ORGS = ["Oxford Economics", "Capital Economics", "ING", "Commerzbank", "BNP Paribas", "BBVA Research"]
AGENCIES = ["dpa", "AFP", "Reuters", "AP", "EFE", "ANSA", "Lusa", "picture alliance", "Getty Images"]

# Per language: boilerplate lines, datelines, source lines, outlets, headline prefixes, fresh sentences.
LANG = {
    "en": dict(
        boiler=["Share this:", "Read more: {t}", "Photo: {n}/{a}", "Follow us on Telegram for breaking news",
                "Support independent journalism. Donate today at {s}/donate", "Advertisement",
                "Sign up for our morning newsletter", "Related: {t}"],
        dateline=["LONDON (Reuters) - ", "WASHINGTON (AP) — ", "BRUSSELS, {M} {d} (Reuters) - ", "NEW YORK (AFP) – "],
        source=["Source: Reuters", "Source: AP", "Source: AFP", "This article first appeared on {s}"],
        outlets=["Daily Courier", "Metro Ledger", "Valley News Online", "The Northern Post", "Coast Herald",
                 "Newswire Digest", "The Evening Standardbearer"],
        prefix=["Update: ", "Live: ", "Analysis: ", "Explainer: "],
        months="January February March April May June July August September October November December",
        days="Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        fresh=["Officials said on {day} that a further {n} people had been affected.",
               "The full report is expected to be published within the next {n} weeks.",
               "{name}, a spokesperson for the regional authority, declined to comment on the figures.",
               "Critics said the measures came too late and were too limited.",
               "Local residents told reporters they had not received any warning.",
               "The government has promised to review the case by the end of the month.",
               "Analysts at {org} said the impact could last for several years.",
               "A similar incident in {y} led to a parliamentary inquiry.",
               "Talks between the two sides are due to resume on {day}.",
               "More than {n} people signed a petition calling for an independent investigation."]),
    "de": dict(
        boiler=["Teilen:", "Lesen Sie auch: {t}", "Foto: {n}/{a}", "Folgen Sie uns auf Telegram",
                "Unterstützen Sie unabhängigen Journalismus – jetzt spenden unter {s}/spenden", "Anzeige",
                "Jetzt unseren Newsletter abonnieren", "Mehr zum Thema: {t}"],
        dateline=["BERLIN (dpa) – ", "Moskau, {d}. {M} {y} (AFP) – ", "Wien (APA) – ", "Frankfurt/Main (Reuters) – "],
        source=["Quelle: Sputnik", "Quelle: dpa", "Quelle: AFP/dpa", "Mit Material von dpa"],
        outlets=["Rheinpost Online", "Stadtanzeiger24", "Alpenbote", "Nordkurier Digital", "Weserblick",
                 "Tagesspiegelung"],
        prefix=["Liveticker: ", "Kommentar: ", "Analyse: ", "Hintergrund: "],
        months="Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        days="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        fresh=["Die Behörden teilten am {day} mit, dass weitere {n} Menschen betroffen seien.",
               "Der vollständige Bericht soll in den kommenden {n} Wochen veröffentlicht werden.",
               "{name}, Sprecherin der Landesregierung, wollte sich zu den Zahlen nicht äußern.",
               "Kritiker bemängelten, die Maßnahmen kämen zu spät und reichten nicht aus.",
               "Anwohner berichteten, sie seien nicht rechtzeitig gewarnt worden.",
               "Die Regierung kündigte an, den Fall bis Ende des Monats zu prüfen.",
               "Fachleute von {org} rechnen mit Folgen über mehrere Jahre.",
               "Ein ähnlicher Vorfall hatte {y} einen Untersuchungsausschuss nach sich gezogen.",
               "Die Gespräche sollen am {day} fortgesetzt werden.",
               "Mehr als {n} Menschen unterschrieben eine Petition für eine unabhängige Untersuchung."]),
    "fr": dict(
        boiler=["Partager :", "Lire aussi : {t}", "Photo : {n}/{a}", "Suivez-nous sur Telegram",
                "Soutenez le journalisme indépendant : faites un don sur {s}/don", "Publicité",
                "Abonnez-vous à notre lettre d'information", "À lire aussi : {t}"],
        dateline=["PARIS (AFP) – ", "Genève, {d} {M} {y} (AFP) – ", "Bruxelles (Belga) – ", "LYON (AFP) - "],
        source=["Source : AFP", "Source : Reuters", "Avec AFP", "Source : Sputnik"],
        outlets=["Le Courrier de l'Est", "Info Léman", "La Gazette du Rhône", "L'Écho du Midi", "Le Petit Veilleur"],
        prefix=["Direct : ", "Analyse : ", "Décryptage : ", "Info : "],
        months="janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        days="lundi mardi mercredi jeudi vendredi samedi dimanche",
        fresh=["Les autorités ont indiqué {day} que {n} personnes supplémentaires étaient concernées.",
               "Le rapport complet doit être publié dans les {n} prochaines semaines.",
               "{name}, porte-parole de l'administration régionale, n'a pas souhaité commenter ces chiffres.",
               "Des critiques estiment que les mesures arrivent trop tard et restent insuffisantes.",
               "Des habitants ont affirmé ne pas avoir été prévenus à temps.",
               "Le gouvernement a promis de réexaminer le dossier d'ici la fin du mois.",
               "Selon des analystes de {org}, les conséquences pourraient durer plusieurs années.",
               "Un incident similaire avait conduit en {y} à une commission d'enquête parlementaire.",
               "Les discussions doivent reprendre {day}.",
               "Plus de {n} personnes ont signé une pétition réclamant une enquête indépendante."]),
    "es": dict(
        boiler=["Compartir:", "Lea también: {t}", "Foto: {n}/{a}", "Síguenos en Telegram",
                "Apoya el periodismo independiente: dona en {s}/donar", "Publicidad",
                "Suscríbete a nuestro boletín", "Te puede interesar: {t}"],
        dateline=["Madrid, {d} {M} (EFE).- ", "BUENOS AIRES (AP) — ", "Bogotá, {d} de {M} de {y} (EFE) – ",
                  "MÉXICO (Reuters) - "],
        source=["Fuente: EFE", "Fuente: Europa Press", "Con información de AFP", "Fuente: Sputnik"],
        outlets=["Diario del Sur", "El Heraldo Digital", "La Voz del Valle", "Crónica Global Hoy", "El Faro Norte"],
        prefix=["Última hora: ", "Análisis: ", "En directo: ", "Claves: "],
        months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        days="lunes martes miércoles jueves viernes sábado domingo",
        fresh=["Las autoridades informaron el {day} de que otras {n} personas se han visto afectadas.",
               "Está previsto que el informe completo se publique en las próximas {n} semanas.",
               "{name}, portavoz del Gobierno regional, declinó comentar las cifras.",
               "Los críticos consideran que las medidas llegan tarde y son insuficientes.",
               "Varios vecinos aseguraron que no recibieron ningún aviso.",
               "El Gobierno prometió revisar el caso antes de fin de mes.",
               "Analistas de {org} calculan que el impacto podría durar varios años.",
               "Un incidente similar llevó en {y} a la creación de una comisión de investigación.",
               "Las conversaciones se reanudarán el {day}.",
               "Más de {n} personas firmaron una petición para exigir una investigación independiente."]),
    "pt": dict(
        boiler=["Compartilhe:", "Leia também: {t}", "Foto: {n}/{a}", "Siga-nos no Telegram",
                "Apoie o jornalismo independente: doe em {s}/doar", "Publicidade"],
        dateline=["LISBOA (Lusa) – ", "São Paulo, {d} de {M} de {y} (Reuters) – "],
        source=["Fonte: Lusa", "Fonte: Agência Brasil", "Com informações da Reuters"],
        outlets=["Jornal do Vale", "Notícias Hoje", "Correio Digital"],
        months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "it": dict(
        boiler=["Condividi:", "Leggi anche: {t}", "Foto: {n}/{a}", "Seguici su Telegram",
                "Sostieni il giornalismo indipendente: dona su {s}/dona", "Pubblicità"],
        dateline=["ROMA (ANSA) – ", "Milano, {d} {M} {y} (AGI) – "],
        source=["Fonte: ANSA", "Fonte: Adnkronos", "Con informazioni di Reuters"],
        outlets=["Il Corriere Locale", "Notizie del Giorno", "La Gazzetta Digitale"],
        months="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "ru": dict(
        boiler=["Поделиться:", "Читайте также: {t}", "Фото: {n}/{a}", "Подписывайтесь на наш Telegram-канал",
                "Поддержите независимую журналистику: {s}/donate", "Реклама"],
        dateline=["МОСКВА, {d} {M} – РИА Новости. ", "Санкт-Петербург (ТАСС) – "],
        source=["Источник: РИА Новости", "Источник: ТАСС", "Источник: Sputnik"],
        outlets=["Новости Дня", "Городской Вестник", "Северная Газета"],
        months="января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
}
STOPWORDS = {"en": "the and of to is that", "de": "der die und das ist nicht", "fr": "le la les et est des",
             "es": "el los y es del las", "pt": "o os e do da não", "it": "il che di è della gli",
             "ru": "и в не на что он"}
EVENT_DAY = {"flood": "2025-05-13", "quake": "2025-05-20", "election": "2025-05-18", "transfer": "2025-05-15",
             "launch": "2025-05-22", "summit": "2025-05-22"}
OPS = ["cut", "copyedit", "dateline", "boilerplate", "headline", "source"]  # the order they are applied in
AGENCY_DATELINE = re.compile(r"^[^\n]{0,80}?\((?:dpa|AFP|Reuters|AP|EFE|ATS|APA|Lusa|ANSA|AGI|Belga|KNA|ТАСС)\)"
                             r"\s*(?:\.-|[-–—])\s*|^[^\n]{0,40}? – РИА Новости\. ")
SENTENCE_END = re.compile(r"[.!?…][\"”»“’)]*\s+(?![a-zß-öø-ÿа-яё])|[。！？]\s*")


def guess_lang(text):
    toks = Counter(re.findall(r"\w+", text.lower()))
    scores = {l: sum(toks[w] for w in ws.split()) for l, ws in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 else "und"


def sentences(par):
    out, start = [], 0
    for m in SENTENCE_END.finditer(par):
        out.append(par[start:m.end()].strip())
        start = m.end()
    return [s for s in out + [par[start:].strip()] if s]


def is_body(line, a):
    """A paragraph of the article's own text: 8+ words and not a line a reprint added."""
    return len(line.split()) >= 8 and line not in a["added"]


def body_len(lines, a):
    return sum(len(l) for l in lines if is_body(l, a))


def words(text):
    return set(re.findall(r"\w+", text.lower()))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def paragraphs(text):
    return [l.strip() for l in text.split("\n") if l.strip()]


def article(key, title, lines, published, source, lang, role, **extra):
    return dict(key=key, title=title, lines=lines, published=published, source=source, lang=lang, role=role,
                added=set(), **extra)


def load_benchmark(bench, rng):
    truth = json.load(open(os.path.join(bench, "ground-truth.json"), encoding="utf-8"))
    start, out = dt.datetime(2025, 5, 1), []
    for bid, rec in sorted(truth.items()):
        body, url = rec.get("articleBody") or "", rec.get("url") or ""
        if len(body) < 400:
            continue
        host = re.sub(r"^www\.", "", url.split("/")[2]) if "//" in url else "unknown"
        slug = [w for w in re.split(r"[-_]+", re.sub(r"\.html?$", "", url.rstrip("/").split("/")[-1]))
                if w.isalpha() and w.isascii()]
        title = " ".join(slug) if len(slug) >= 3 else " ".join(sentences(paragraphs(body)[0])[0].split()[:12])
        out.append(article("bench/" + bid, title[:1].upper() + title[1:100], paragraphs(body),
                           start + dt.timedelta(minutes=rng.randrange(28 * 24 * 60)), host, guess_lang(body),
                           "original", origin="extraction-benchmark/" + bid))
    return out


def load_examples(examples, rng):
    gold = json.load(open(os.path.join(examples, "gold.json"), encoding="utf-8"))
    langs, corpus, recs = gold["languages"], os.path.join(examples, "corpus"), []
    for f in sorted(os.listdir(corpus)):
        path, eid = os.path.join(corpus, f), f.rsplit(".", 1)[0]
        raw = open(path, encoding="utf-8").read()
        if f.endswith(".jsonl"):
            for line in raw.splitlines():
                r = json.loads(line)
                recs.append((r["id"], r["title"], paragraphs(r["text"]), r.get("source"), r.get("published")))
        elif f.endswith(".html"):  # crude: the <h1> and the unclassed <p> inside <article>
            body = raw[raw.find("<article"):raw.find("</article>")]
            strip = lambda s: html.unescape(re.sub(r"<[^>]+>", "", s)).strip()
            site = re.search(r'og:site_name" content="([^"]+)"', raw)
            recs.append((eid, strip(re.search(r"<h1>(.*?)</h1>", body, re.S).group(1)),
                         [strip(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)], site and site.group(1), None))
        elif f.endswith(".txt"):  # the headline is the first line of 6+ words among the first five
            lines = paragraphs(raw)
            ti = next(i for i, l in enumerate(lines[:5]) if len(l.split()) >= 6 and len(l) < 160)
            src = next((m.group(1) for l in lines if (m := re.match(r"(?:Quelle|Source|Fuente)\s*:\s*(.+)$", l))), None)
            recs.append((eid, lines[ti], lines[:ti] + lines[ti + 1:], src, None))
    out = []
    for eid, title, lines, source, published in recs:
        if published:
            t = dt.datetime.strptime(published, "%Y-%m-%dT%H:%M:%SZ")
        else:
            t = dt.datetime.fromisoformat(EVENT_DAY[eid.split("-")[0]]) + dt.timedelta(minutes=rng.randrange(360, 2400))
        lang = langs[eid]
        out.append(article("ex/" + eid, title, lines, t, source or rng.choice(LANG[lang]["outlets"]), lang,
                           "original", origin="examples/" + eid))
    return out, gold


def fill(template, a, rng, ctx):
    t = a["published"]
    L = LANG.get(a["lang"], LANG["en"])
    months = L.get("months", LANG["en"]["months"]).split()
    other = rng.choice(ctx["titles"].get(a["lang"]) or ctx["titles"]["en"])
    site = rng.choice(L["outlets"]).lower().replace(" ", "").replace("'", "") + ".example"
    return template.format(t=other, n=rng.choice(NAMES), a=rng.choice(AGENCIES), s=site, M=months[t.month - 1],
                           d=t.day, y=t.year)


# Transformations: each edits a copy of an article in place and says whether it applied.
def op_cut(a, rng, ctx):
    lines, floor = a["lines"], 0.5 * ctx["root_len"]
    idx = [i for i, l in enumerate(lines) if is_body(l, a)]
    for k in range(rng.randint(1, 3), 0, -1):
        if k < len(idx) and body_len(lines[:idx[-k]], a) >= floor:
            del lines[idx[-k]:]
            return True
    if idx:  # few paragraphs: cut the last sentences of the last one
        ss = sentences(lines[idx[-1]])
        for k in range(min(3, len(ss) - 1), 0, -1):
            kept = lines[:idx[-1]] + [" ".join(ss[:-k])]
            if body_len(kept, a) >= floor:
                lines[:] = kept
                return True
    return False


def op_copyedit(a, rng, ctx):
    lines, done = a["lines"], False
    for edit in rng.sample(["words", "quotes", "drop"], rng.randint(1, 3)):
        idx = [i for i, l in enumerate(lines) if is_body(l, a) and len(l.split()) >= 10]
        if edit == "words" and idx:
            for _ in range(rng.randint(1, max(1, min(5, len(" ".join(lines).split()) // 60)))):
                i = rng.choice(idx)
                w = lines[i].split(" ")
                j = rng.randrange(1, len(w) - 2)
                if rng.random() < 0.5:
                    w[j], w[j + 1] = w[j + 1], w[j]
                else:
                    del w[j]
                lines[i] = " ".join(w)
            done = True
        elif edit == "quotes":
            text = "\n".join(lines)
            if re.search("[“”„«»]", text):
                text = re.sub(r"«\s*|\s*»|[“”„]", '"', text)
            elif '"' in text:
                o, c = {"de": "„“", "fr": "«»", "es": "«»"}.get(a["lang"], "“”")
                text = re.sub(r'"([^"\n]*)"', o + r"\1" + c, text)
            else:
                continue
            lines[:] = text.split("\n")
            done = True
        elif edit == "drop":
            cands = [(i, s) for i in idx for s in sentences(lines[i])][1:-1]
            if len(cands) >= 3:
                i, s = rng.choice(cands)
                lines[i] = lines[i].replace(s, "", 1).replace("  ", " ").strip()
                lines[:] = [l for l in lines if l]
                done = True
    return done


def op_dateline(a, rng, ctx):
    i = next((i for i, l in enumerate(a["lines"]) if is_body(l, a)), None)
    if i is None:
        return False
    line = AGENCY_DATELINE.sub("", a["lines"][i], count=1)
    a["lines"][i] = fill(rng.choice(LANG.get(a["lang"], LANG["en"])["dateline"]), a, rng, ctx) + line
    return True


def op_boilerplate(a, rng, ctx):
    for _ in range(rng.randint(1, 3)):
        line = fill(rng.choice(LANG.get(a["lang"], LANG["en"])["boiler"]), a, rng, ctx)
        a["added"].add(line)
        a["lines"].insert(rng.choice([0, len(a["lines"]) // 2, len(a["lines"])]), line)
    return True


def op_headline(a, rng, ctx):
    old = words(a["title"])
    cands = [s for l in a["lines"] if is_body(l, a) for s in sentences(l)][1:]
    rng.shuffle(cands)
    for s in cands:
        w = AGENCY_DATELINE.sub("", s).split()[:rng.randint(6, 11)]
        t = " ".join(w).strip(" ,;:.–—-\"“”„«»'")
        if len(w) >= 5 and len(words(t) & old) < 0.5 * len(words(t)):
            a["title"] = t[:1].upper() + t[1:]
            return True
    return False


def op_source(a, rng, ctx):
    a["lines"].append(fill(rng.choice(LANG.get(a["lang"], LANG["en"])["source"]), a, rng, ctx))
    a["added"].add(a["lines"][-1])
    return True


def make_reprint(parent, root, key, rng, ctx):
    a = dict(parent, key=key, lines=list(parent["lines"]), role="reprint", parent=parent["key"], root=root["key"],
             added=set(parent["added"]))
    a.pop("origin", None)
    a["source"] = rng.choice([o for o in LANG.get(a["lang"], LANG["en"])["outlets"] if o != parent["source"]])
    hours = rng.choice([rng.uniform(1, 12), rng.uniform(1, 12), rng.uniform(12, 48), rng.uniform(48, 120)])
    a["published"] = min(parent["published"] + dt.timedelta(hours=hours), root["published"] + dt.timedelta(days=6))
    a["published"] = max(a["published"], parent["published"] + dt.timedelta(minutes=30))
    want, ctx["root_len"] = rng.randint(1, 4), body_len(root["lines"], root)
    chosen = set(rng.sample(OPS, want))
    applied = [op for op in OPS if op in chosen and globals()["op_" + op](a, rng, ctx)]
    for op in ["dateline", "boilerplate", "source"]:  # these always apply: top up when another could not
        if len(applied) < want and op not in applied and globals()["op_" + op](a, rng, ctx):
            applied.append(op)
    a["transforms"] = applied
    return a


def make_negative(orig, key, donors, fresh, rng):
    """Same story, different text: 1-2 sentences of orig (quotations first), one sentence each from
    several other articles of the language (each pool sentence used once), 1-2 fresh sentences."""
    L, total = LANG[orig["lang"]], len(" ".join(orig["lines"]).split())
    sents = [s for l in orig["lines"] if is_body(l, orig) for s in sentences(l) if len(s.split()) >= 8]
    quoted = [s for s in sents if re.search("[\"“„«]", s)]
    shared, budget, want = [], 0.2 * total, rng.randint(1, 2)
    for s in rng.sample(quoted, len(quoted)) + rng.sample(sents, len(sents)):
        if len(shared) < want and s not in shared and len(s.split()) + sum(len(x.split()) for x in shared) <= budget:
            shared.append(s)
    if not shared:
        return None
    picked, want, floor = [], rng.randint(5, 10), 5 * sum(len(s.split()) for s in shared)
    for d in rng.sample(donors, len(donors)):
        if d["root"] == orig["key"] or (len(picked) >= want and len(" ".join(picked).split()) >= floor):
            continue
        pool = [s for s in d["pool"] if len(s.split()) <= 0.15 * d["words"]]
        if pool:
            s = rng.choice(pool)
            d["pool"].remove(s)
            picked.append(s)
    body = picked
    for _ in range(rng.randint(1, 2)):  # deal the language's fresh sentences like cards: few repeats
        if not fresh:
            fresh += rng.sample(L["fresh"], len(L["fresh"]))
        body.append(fresh.pop().format(day=rng.choice(L["days"].split()), n=rng.randint(3, 900),
                                       name=rng.choice(NAMES), org=rng.choice(ORGS), y=rng.randint(1998, 2022)))
    rng.shuffle(body)
    at = rng.randint(1, min(3, len(body)))
    body[at:at] = shared
    lines = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    title = orig["title"] if rng.random() < 0.3 else rng.choice(L["prefix"]) + orig["title"]
    t = orig["published"] + dt.timedelta(minutes=rng.randrange(-360, 2160))
    return article(key, title, lines, t, rng.choice(L["outlets"]), orig["lang"], "same-story", root=key,
                   near=orig["key"], shared=len(shared))


def shingles(a, n=5):
    toks = re.findall(r"\w+", "\n".join(a["lines"]).lower())
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def overlap_report(arts):
    """Containment |A∩B| / min(|A|, |B|) of word 5-shingles: the highest between texts of different
    families, the lowest between a reprint and its family's original."""
    sh = {a["key"]: shingles(a) for a in arts}
    root = {a["key"]: a["root"] for a in arts}
    post = defaultdict(list)
    for k, s in sh.items():
        for g in s:
            post[g].append(k)
    inter = Counter((x, y) for ks in post.values() if len(ks) < 50 for x in ks for y in ks if x < y)
    cont = lambda x, y, c: c / max(1, min(len(sh[x]), len(sh[y])))
    worst = max(((cont(x, y, c), x, y) for (x, y), c in inter.items() if root[x] != root[y]), default=(0, "", ""))
    weakest = min((cont(a["key"], a["root"], len(sh[a["key"]] & sh[a["root"]])), a["key"])
                  for a in arts if a["role"] == "reprint")
    return worst, weakest


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "data", "extraction-benchmark"),
                    help="extraction benchmark folder (default: ../shared/data/extraction-benchmark from the repository root)")
    ap.add_argument("--examples", default=os.path.join(ROOT, "examples"), help="sample corpus folder (default: examples/)")
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args()
    rng = Random(args.seed)

    bench = load_benchmark(args.bench, rng)
    samples, ex_gold = load_examples(args.examples, rng)
    originals = bench + samples
    by_key = {a["key"]: a for a in originals}
    for a in originals:
        a["root"] = a["key"]
    for rep, orig in ex_gold["reprints"]:  # flood-de-03 reprints flood-de-01: one family, published after it
        r, o = by_key["ex/" + rep], by_key["ex/" + orig]
        r.update(role="reprint", root=o["key"], parent=o["key"], transforms=["sample"])
        r["published"] = max(r["published"], o["published"] + dt.timedelta(hours=2))
        originals.remove(r)
    ctx = {"titles": defaultdict(list)}
    for a in originals:
        ctx["titles"][a["lang"]].append(a["title"])

    arts = bench + samples
    family = defaultdict(list)
    for a in arts:
        family[a["root"]].append(a)
    n = 0
    for o in originals:
        for _ in range(rng.choices([0, 1, 2, 3], [15, 25, 30, 30])[0]):
            prior = family[o["key"]][1:]
            parent = rng.choice(prior) if prior and rng.random() < 0.3 else o
            n += 1
            r = make_reprint(parent, o, f"r/{n}", rng, ctx)
            family[o["key"]].append(r)
            arts.append(r)
    for o in rng.sample(originals, 6):  # verbatim reposts: same title and text under a new id
        n += 1
        r = dict(o, key=f"r/{n}", role="reprint", parent=o["key"], root=o["key"], transforms=["verbatim"],
                 source=rng.choice([x for x in LANG.get(o["lang"], LANG["en"])["outlets"] if x != o["source"]]),
                 published=o["published"] + dt.timedelta(hours=rng.uniform(1, 24)))
        r.pop("origin")
        family[o["key"]].append(r)
        arts.append(r)

    donors = []
    for a in originals:
        pool = [s for l in a["lines"] if is_body(l, a) for s in sentences(l)
                if len(s.split()) >= 8 and not re.search(r"https?:|@|\.example", s)]
        donors.append(dict(root=a["key"], lang=a["lang"], pool=pool, words=len(" ".join(a["lines"]).split())))
    eligible = [o for o in originals if o["lang"] in ("en", "de", "fr", "es")]
    negatives, pairs, decks = [], [], defaultdict(list)
    for i, o in enumerate(rng.sample(eligible, min(100, len(eligible)))):
        neg = make_negative(o, f"n/{i}", [d for d in donors if d["lang"] == o["lang"]], decks[o["lang"]], rng)
        if neg:
            negatives.append(neg)
            pairs.append((neg["key"], o["key"]))
    arts += negatives
    stories = {"ex/" + i: s for s, ids in ex_gold["stories"].items() for i in ids}
    ex = sorted(a["key"] for a in samples if a["role"] == "original")
    pairs += [(x, y) for x in ex for y in ex if x < y and stories[x] == stories[y] and by_key[x]["lang"] == by_key[y]["lang"]]
    pairs += [("ex/" + x, "ex/" + y) for x, y in ex_gold["translations"]]

    arts.sort(key=lambda a: (a["published"], rng.random()))
    ids = {a["key"]: f"rp-{k:06d}" for a, k in zip(arts, rng.sample(range(1, 1000000), len(arts)))}
    for fam in family.values():
        assert all(fam[0]["published"] < a["published"] for a in fam[1:]), "an original must come first"
    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": ids[a["key"]], "published": iso(a["published"]), "title": a["title"],
                                "text": "\n\n".join(a["lines"]), "source": a["source"]}, ensure_ascii=False) + "\n")
    info = {}
    for a in arts:
        info[ids[a["key"]]] = {"title": a["title"], "role": a["role"], "lang": a["lang"], "published": iso(a["published"])}
        for k in ("origin", "transforms", "shared"):
            if k in a:
                info[ids[a["key"]]][k] = a[k]
        for k in ("parent", "near"):
            if k in a:
                info[ids[a["key"]]][k] = ids[a[k]]
    gold = {"reprint_of": {ids[a["key"]]: ids[a["root"]] for a in arts if a["role"] == "reprint"},
            "families": [[ids[a["key"]] for a in fam] for fam in family.values() if len(fam) > 1],
            "negatives": [[ids[x], ids[y]] for x, y in pairs],
            "articles": info}
    with open(os.path.join(args.out_dir, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

    roles = Counter(a["role"] for a in arts)
    ops = Counter(op for a in arts if a["role"] == "reprint" for op in a["transforms"])
    deep = sum(1 for a in arts if a["role"] == "reprint" and a["parent"] != a["root"])
    (worst, x, y), (weakest, w) = overlap_report(arts)
    print(f"reprint set: {len(arts)} articles: {roles['original']} originals ({len(bench)} benchmark, "
          f"{len(samples) - 1} sample), {roles['reprint']} reprints in {len(gold['families'])} families "
          f"({deep} of a reprint), {roles['same-story']} same-story negatives; {len(pairs)} negative pairs")
    print("  transformations: " + ", ".join(f"{k} {v}" for k, v in ops.most_common()))
    print("  languages: " + ", ".join(f"{k} {v}" for k, v in Counter(a["lang"] for a in arts).most_common()))
    print(f"  5-shingle containment: highest across families {worst:.2f} ({ids.get(x)} / {ids.get(y)}), "
          f"lowest reprint vs original {weakest:.2f} ({ids[w]})")


if __name__ == "__main__":
    main()
