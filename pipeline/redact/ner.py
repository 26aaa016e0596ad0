"""Names and usernames through Presidio's NER, for users who have a spaCy model installed."""

from __future__ import annotations

from codelm.pipeline.errors import UsageProblem, require
from codelm.pipeline.logs import log
from codelm.pipeline.redact.detectors import NAME, Finding

# Presidio's entity for people; emails, IPs and keys codelm detects itself, faster and with fewer misses.
NER_ENTITIES = ("PERSON",)


class PresidioNames:
    """Presidio's analyzer for person entities, reported as NAME findings.

    Without the spaCy model Presidio still runs, on a blank English pipeline: a blank pipeline
    has no named-entity recogniser, so it finds no names, and a warning says so.
    """

    def __init__(self, spacy_model: str = "en_core_web_lg", entities=("PERSON",), min_score: float = 0.5):
        unknown = [entity for entity in entities if entity not in NER_ENTITIES]
        if unknown:
            raise UsageProblem(f"unknown entities {', '.join(unknown)}; choose from {', '.join(NER_ENTITIES)}")
        self.spacy_model = spacy_model
        self.entities = list(entities)
        self.min_score = min_score
        self.blank = False
        self._analyzer = None

    def _build(self):
        analyzer_module = require("presidio_analyzer", "presidio-analyzer", "redact", "--ner presidio")
        spacy = require("spacy", purpose="--ner presidio")
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": self.spacy_model}])
        try:
            engine.load()
        except OSError:
            self.blank = True
            log.warning(
                "spaCy model %s is not installed: Presidio runs on a blank pipeline, which has no named-entity "
                "recogniser, so names (%s) cannot be detected; install the model (python -m spacy download %s) "
                "where you are online",
                self.spacy_model,
                ", ".join(self.entities),
                self.spacy_model,
            )
            engine.nlp = {"en": spacy.blank("en")}
        return analyzer_module.AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def find(self, text: str) -> list[Finding]:
        if self._analyzer is None:
            self._analyzer = self._build()
        results = self._analyzer.analyze(text=text, language="en", entities=self.entities)
        return [
            Finding(r.start, r.end, NAME, f"presidio.{r.entity_type}") for r in results if r.score >= self.min_score
        ]

    def __getstate__(self):
        return {**self.__dict__, "_analyzer": None}  # each worker builds its own analyzer
