"""Knowledge the tasks share: the HPO ontology (`hpo.py`), disease annotations and information content
(`annotations.py`), and data files (Russian HPO lexicon, ICD-10 names, CXR findings KB) under `data/`.

Import the submodules directly (`from medmoe.knowledge.hpo import get_ontology`); this package does not
load anything on import, so `medmoe --help` stays fast.
"""
