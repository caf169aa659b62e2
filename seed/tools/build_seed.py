#!/usr/bin/env python3
"""Build the InnovationNetwork seed graph (JSON Lines interchange files).

Run from the repository root:  python3 seed/tools/build_seed.py

Standard library only and fully deterministic (fixed random seed, no clock, no
set iteration): running it twice produces byte-identical files.

Real data (regions, authorities, funders, labs) is curated in the tables
below; names, codes and places are facts, every description is our own
wording. Firms, bottlenecks and projects are generated and carry
"synthetic": true. Everything is validated against graph-schema/schema.json
before any file is written.
"""
import datetime
import json
import os
import re
import sys
from random import Random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_DIR = os.path.dirname(HERE)
REPO = os.path.dirname(SEED_DIR)
SCHEMA_PATH = os.path.join(REPO, "graph-schema", "schema.json")
RNG_SEED = 20251
TODAY = datetime.date(2026, 11, 1)  # fixed "now" for statuses; never read the clock

# ---------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------
ITL1 = [  # code, name, GSS code
    ("TLC", "North East", "E12000001"),
    ("TLD", "North West", "E12000002"),
    ("TLE", "Yorkshire and The Humber", "E12000003"),
    ("TLF", "East Midlands", "E12000004"),
    ("TLG", "West Midlands", "E12000005"),
    ("TLH", "East of England", "E12000006"),
    ("TLI", "London", "E12000007"),
    ("TLJ", "South East", "E12000008"),
    ("TLK", "South West", "E12000009"),
    ("TLL", "Wales", "W92000004"),
    ("TLM", "Scotland", "S92000003"),
    ("TLN", "Northern Ireland", "N92000002"),
]

ITL2 = [  # code, name (ITL 2025); the parent is the first three characters
    ("TLC3", "Tees Valley"),
    ("TLC4", "Northumberland, Durham and Tyne & Wear"),
    ("TLD1", "Cumbria"),
    ("TLD3", "Greater Manchester"),
    ("TLD4", "Lancashire"),
    ("TLD6", "Cheshire"),
    ("TLD7", "Merseyside"),
    ("TLE1", "East Yorkshire and Northern Lincolnshire"),
    ("TLE2", "North Yorkshire"),
    ("TLE3", "South Yorkshire"),
    ("TLE4", "West Yorkshire"),
    ("TLF1", "Derbyshire and Nottinghamshire"),
    ("TLF2", "Leicestershire, Rutland and Northamptonshire"),
    ("TLF3", "Lincolnshire"),
    ("TLG1", "Herefordshire, Worcestershire and Warwickshire"),
    ("TLG2", "Shropshire and Staffordshire"),
    ("TLG3", "West Midlands"),
    ("TLH2", "Bedfordshire and Hertfordshire"),
    ("TLH3", "Essex"),
    ("TLH4", "Cambridgeshire and Peterborough"),
    ("TLH5", "Norfolk"),
    ("TLH6", "Suffolk"),
    ("TLI3", "Inner London – West"),
    ("TLI4", "Inner London – East"),
    ("TLI5", "Outer London – East and North East"),
    ("TLI6", "Outer London – South"),
    ("TLI7", "Outer London – West and North West"),
    ("TLJ1", "Berkshire, Buckinghamshire and Oxfordshire"),
    ("TLJ2", "Surrey, East and West Sussex"),
    ("TLJ3", "Hampshire and Isle of Wight"),
    ("TLJ4", "Kent"),
    ("TLK3", "Cornwall and Isles of Scilly"),
    ("TLK4", "Devon"),
    ("TLK5", "West of England"),
    ("TLK6", "North Somerset, Somerset and Dorset"),
    ("TLK7", "Gloucestershire and Wiltshire"),
    ("TLL3", "North Wales"),
    ("TLL4", "Mid and South West Wales"),
    ("TLL5", "South East Wales"),
    ("TLM0", "Eastern Scotland"),
    ("TLM1", "East Central Scotland"),
    ("TLM2", "Highlands and Islands"),
    ("TLM3", "West Central Scotland"),
    ("TLM5", "North Eastern Scotland"),
    ("TLM9", "Southern Scotland"),
    ("TLN0", "Northern Ireland"),
]

ITL3 = [  # a handful of ITL 2025 codes listed in the facts file
    ("TLC31", "Hartlepool and Stockton-on-Tees"),
    ("TLC32", "South Teesside"),
    ("TLC33", "Darlington"),
    ("TLC41", "Durham"),
    ("TLC42", "Northumberland"),
    ("TLC43", "Tyneside"),
    ("TLC44", "Sunderland"),
    ("TLD13", "Cumberland"),
    ("TLD14", "Westmorland and Furness"),
    ("TLD33", "Manchester"),
    ("TLE36", "Sheffield"),
    ("TLE42", "Leeds"),
]

GOLDEN_TRIANGLE = ("TLI", "TLJ1", "TLH4")

ITL1_BORDERS = [
    ("TLC", "TLD"), ("TLC", "TLE"), ("TLC", "TLM"),
    ("TLD", "TLE"), ("TLD", "TLF"), ("TLD", "TLG"), ("TLD", "TLL"), ("TLD", "TLM"),
    ("TLE", "TLF"),
    ("TLF", "TLG"), ("TLF", "TLH"), ("TLF", "TLJ"),
    ("TLG", "TLJ"), ("TLG", "TLK"), ("TLG", "TLL"),
    ("TLH", "TLI"), ("TLH", "TLJ"),
    ("TLI", "TLJ"),
    ("TLJ", "TLK"),
    ("TLK", "TLL"),
]

ITL2_BORDERS = """
TLC3-TLC4 TLC3-TLE2 TLC4-TLD1 TLC4-TLE2 TLC4-TLM9
TLD1-TLD4 TLD1-TLE2 TLD1-TLM9
TLD3-TLD4 TLD3-TLD6 TLD3-TLD7 TLD3-TLE4 TLD3-TLF1
TLD4-TLD7 TLD4-TLE2 TLD4-TLE4
TLD6-TLD7 TLD6-TLF1 TLD6-TLG2 TLD6-TLL3
TLE1-TLE2 TLE1-TLE3 TLE1-TLF3
TLE2-TLE3 TLE2-TLE4 TLE3-TLE4 TLE3-TLF1
TLF1-TLF2 TLF1-TLF3 TLF1-TLG2
TLF2-TLF3 TLF2-TLG1 TLF2-TLG2 TLF2-TLH2 TLF2-TLH4 TLF2-TLJ1
TLF3-TLH4 TLF3-TLH5
TLG1-TLG2 TLG1-TLG3 TLG2-TLG3 TLG1-TLJ1 TLG1-TLK7 TLG1-TLL4 TLG1-TLL5 TLG2-TLL3 TLG2-TLL4
TLH2-TLH3 TLH2-TLH4 TLH2-TLI5 TLH2-TLI7 TLH2-TLJ1
TLH3-TLH4 TLH3-TLH6 TLH3-TLI5 TLH4-TLH5 TLH4-TLH6 TLH5-TLH6
TLI3-TLI4 TLI3-TLI6 TLI3-TLI7 TLI4-TLI5 TLI4-TLI6 TLI4-TLI7 TLI5-TLI6 TLI5-TLI7 TLI6-TLI7
TLI5-TLJ4 TLI6-TLJ2 TLI6-TLJ4 TLI7-TLJ1 TLI7-TLJ2
TLJ1-TLJ2 TLJ1-TLJ3 TLJ1-TLK7 TLJ2-TLJ3 TLJ2-TLJ4 TLJ3-TLK6 TLJ3-TLK7
TLK3-TLK4 TLK4-TLK6 TLK5-TLK6 TLK5-TLK7 TLK6-TLK7 TLK7-TLL5
TLL3-TLL4 TLL4-TLL5
TLM0-TLM2 TLM0-TLM5 TLM1-TLM3 TLM1-TLM9 TLM2-TLM3 TLM2-TLM5 TLM3-TLM9
""".split()

# Mayoral and combined authorities: slug, name, parents (regions wholly
# containing the area: its ITL1, or the nation for an area that spans two ITL1
# regions), ITL2s wholly inside the area, ITL2 of the authority's offices,
# website (only if sure). PART_OF must only join a region to one that wholly
# contains it, or "in region R" queries would leak across regions.
AUTHORITIES = [
    ("greater-london", "Greater London Authority", ["TLI"], ["TLI3", "TLI4", "TLI5", "TLI6", "TLI7"], "TLI4", "https://www.london.gov.uk"),
    ("greater-manchester", "Greater Manchester Combined Authority", ["TLD"], ["TLD3"], "TLD3", "https://www.greatermanchester-ca.gov.uk"),
    ("liverpool-city-region", "Liverpool City Region Combined Authority", ["TLD"], ["TLD7"], "TLD7", "https://www.liverpoolcityregion-ca.gov.uk"),
    ("west-midlands", "West Midlands Combined Authority", ["TLG"], ["TLG3"], "TLG3", "https://www.wmca.org.uk"),
    ("west-yorkshire", "West Yorkshire Combined Authority", ["TLE"], ["TLE4"], "TLE4", "https://www.westyorks-ca.gov.uk"),
    ("south-yorkshire", "South Yorkshire Mayoral Combined Authority", ["TLE"], ["TLE3"], "TLE3", "https://www.southyorkshire-ca.gov.uk"),
    ("north-east", "North East Combined Authority", ["TLC"], ["TLC4"], "TLC4", None),
    ("tees-valley", "Tees Valley Combined Authority", ["TLC"], ["TLC3"], "TLC3", "https://teesvalley-ca.gov.uk"),
    ("west-of-england", "West of England Combined Authority", ["TLK"], ["TLK5"], "TLK5", "https://www.westofengland-ca.gov.uk"),
    ("cambridgeshire-peterborough", "Cambridgeshire and Peterborough Combined Authority", ["TLH"], ["TLH4"], "TLH4", None),
    ("york-north-yorkshire", "York and North Yorkshire Combined Authority", ["TLE"], ["TLE2"], "TLE2", None),
    ("east-midlands", "East Midlands Combined County Authority", ["TLF"], ["TLF1"], "TLF1", None),
    ("greater-lincolnshire", "Greater Lincolnshire Combined County Authority", ["UK"], ["TLF3"], "TLF3", None),
    ("hull-east-yorkshire", "Hull and East Yorkshire Combined Authority", ["TLE"], [], "TLE1", None),
    ("lancashire", "Lancashire Combined County Authority", ["TLD"], ["TLD4"], "TLD4", None),
    ("devon-torbay", "Devon and Torbay Combined County Authority", ["TLK"], [], "TLK4", None),
    ("cheshire-warrington", "Cheshire and Warrington Combined Authority", ["TLD"], ["TLD6"], "TLD6", None),
    ("cumbria", "Cumbria Combined Authority", ["TLD"], ["TLD1"], "TLD1", None),
]

# ---------------------------------------------------------------------------
# Funders: slug, name, kind, ITL2, website, description
# ---------------------------------------------------------------------------
UKRI = "https://www.ukri.org/councils/"
FUNDERS = [
    ("ukri", "UK Research and Innovation", "public", "TLK7", "https://www.ukri.org",
     "The national body that brings the seven research councils, Innovate UK and Research England under one roof and sets the overall public research budget."),
    ("innovate-uk", "Innovate UK", "public", "TLK7", UKRI + "innovate-uk/",
     "The UK's innovation agency: grants, loans and competitions that help businesses develop and commercialise new products, processes and services."),
    ("epsrc", "Engineering and Physical Sciences Research Council", "public", "TLK7", UKRI + "epsrc/",
     "Funds university research and doctoral training in engineering, the physical sciences, mathematics and computing."),
    ("bbsrc", "Biotechnology and Biological Sciences Research Council", "public", "TLK7", UKRI + "bbsrc/",
     "Funds bioscience research, from plant and animal science to industrial biotechnology, and supports national bioscience institutes."),
    ("mrc", "Medical Research Council", "public", "TLK7", UKRI + "mrc/",
     "Funds medical research aimed at improving human health, and runs its own research units and laboratories."),
    ("stfc", "Science and Technology Facilities Council", "public", "TLK7", UKRI + "stfc/",
     "Funds particle physics, astronomy and space science and operates large national facilities such as the Harwell and Daresbury campuses."),
    ("nerc", "Natural Environment Research Council", "public", "TLK7", UKRI + "nerc/",
     "Funds environmental science - climate, oceans, land, biodiversity and geology - and its national research centres."),
    ("esrc", "Economic and Social Research Council", "public", "TLK7", UKRI + "esrc/",
     "Funds research on the economy, society and behaviour, including productivity, regional growth and data infrastructure."),
    ("ahrc", "Arts and Humanities Research Council", "public", "TLK7", UKRI + "ahrc/",
     "Funds arts and humanities research, including the creative industries and design research partnerships."),
    ("research-england", "Research England", "public", "TLK7", UKRI + "research-england/",
     "Allocates research and knowledge-exchange funding to English universities, including the Higher Education Innovation Fund."),
    ("british-business-bank", "British Business Bank", "public", "TLE3", "https://www.british-business-bank.co.uk",
     "The government-owned economic development bank that widens access to finance for smaller businesses through partner lenders and funds."),
    ("wellcome", "Wellcome", "charity", "TLI3", "https://wellcome.org",
     "An independent global charitable foundation funding research into life, health and wellbeing."),
    ("scottish-enterprise", "Scottish Enterprise", "public", "TLM3", "https://www.scottish-enterprise.com",
     "Scotland's national economic development agency, supporting business growth, innovation and investment."),
    ("invest-northern-ireland", "Invest Northern Ireland", "public", "TLN0", "https://www.investni.com",
     "Northern Ireland's regional business development agency, offering R&D grants and support for exporters and investors."),
    ("welsh-government", "Welsh Government", "public", "TLL5", "https://www.gov.wales",
     "The devolved government of Wales, which funds innovation through its economic development and SMART programmes."),
]

# ---------------------------------------------------------------------------
# Skills taxonomy: category -> [(slug, name, aliases, description)]
# ---------------------------------------------------------------------------
SKILLS = {
    "Digital and AI": [
        ("artificial-intelligence", "Artificial intelligence", ["AI"], "Designing systems that perceive, reason, learn and act on tasks that usually need human judgement."),
        ("machine-learning", "Machine learning", ["ML", "statistical learning"], "Training models that learn patterns from data in order to predict, classify or recommend."),
        ("deep-learning", "Deep learning", ["neural networks", "DL"], "Multi-layer neural network models for images, sound, text and sensor signals."),
        ("generative-ai", "Generative AI", ["GenAI", "large language models", "LLM", "foundation models"], "Adapting and deploying large pre-trained models that generate text, code, images or molecular designs."),
        ("natural-language-processing", "Natural language processing", ["NLP", "text mining", "text analytics"], "Software that reads, classifies, summarises or extracts facts from written and spoken language."),
        ("computer-vision", "Computer vision", ["machine vision", "image recognition"], "Algorithms that interpret images and video, for example for inspection, tracking or counting."),
        ("mlops", "Machine learning operations", ["MLOps", "model deployment"], "Running models in production reliably: data pipelines, versioning, monitoring and retraining."),
        ("data-science", "Data science", ["data analytics", "statistics", "statistical modelling"], "Turning raw data into evidence and decisions through statistics, visualisation and modelling."),
        ("data-engineering", "Data engineering", ["data pipelines", "ETL", "data platforms"], "Building the pipelines, stores and platforms that collect, clean and serve data at scale."),
        ("high-performance-computing", "High-performance computing", ["HPC", "supercomputing", "parallel computing"], "Using large parallel computers and accelerators for simulation, modelling and AI training."),
        ("cloud-computing", "Cloud computing", ["cloud", "cloud-native", "cloud infrastructure"], "Designing and running software on elastic, on-demand computing infrastructure."),
        ("cybersecurity", "Cybersecurity", ["cyber security", "infosec", "information security"], "Protecting systems, networks and data from attack, and detecting and responding to intrusions."),
        ("software-engineering", "Software engineering", ["software development", "programming"], "Designing, writing, testing and maintaining dependable software products."),
        ("digital-twins", "Digital twins", ["virtual replica", "simulation twin"], "Live virtual models of assets, processes or places kept in step with real-world data."),
        ("internet-of-things", "Internet of Things", ["IoT", "IIoT", "connected devices"], "Networks of connected sensors and devices that collect data and act remotely."),
        ("quantum-computing", "Quantum computing", ["quantum algorithms", "QC"], "Hardware and algorithms that use quantum effects to attack problems classical computers find hard."),
        ("distributed-ledger", "Distributed ledger technology", ["DLT", "blockchain"], "Shared, tamper-evident records for transactions, provenance and smart contracts."),
        ("fintech", "Financial technology", ["fintech", "payments technology", "regtech"], "Software for payments, lending, trading, insurance and regulatory compliance in finance."),
        ("telecoms-5g", "Telecommunications and 5G", ["5G", "wireless networks", "telecoms", "open RAN"], "Designing and deploying mobile and fixed communication networks, including private 5G."),
        ("embedded-systems", "Embedded systems", ["firmware", "embedded software", "real-time systems"], "Software and electronics built into products and machines, often with real-time constraints."),
    ],
    "Advanced manufacturing": [
        ("additive-manufacturing", "Additive manufacturing", ["3D printing", "AM", "powder bed fusion"], "Building parts layer by layer from metal, polymer or ceramic feedstock."),
        ("robotics-and-automation", "Robotics and automation", ["robotics", "industrial robots", "automation"], "Designing and integrating robots and automated cells for production and handling."),
        ("collaborative-robotics", "Collaborative robotics", ["cobots", "human-robot collaboration"], "Robots that safely share a workspace with people, for flexible low-volume tasks."),
        ("precision-machining", "Precision machining", ["CNC machining", "machining", "milling and turning"], "Cutting metal and composite parts to tight tolerances on multi-axis machine tools."),
        ("metrology", "Metrology and inspection", ["measurement science", "dimensional metrology", "quality inspection"], "Measuring parts and processes accurately and traceably, from shop floor to laboratory."),
        ("non-destructive-testing", "Non-destructive testing", ["NDT", "NDE", "non-destructive evaluation"], "Finding flaws in materials and structures without damaging them, using ultrasound, X-ray and other methods."),
        ("welding-and-joining", "Welding and joining", ["welding", "joining", "friction stir welding"], "Joining metals and other materials by fusion, friction, bonding or fastening."),
        ("forging-and-casting", "Forging and casting", ["forging", "casting", "metal forming"], "Shaping metal by pressing, hammering or pouring into moulds, including large nuclear and aerospace parts."),
        ("industrial-digitalisation", "Industrial digitalisation", ["Industry 4.0", "smart manufacturing", "digital manufacturing"], "Connecting machines, data and people on the factory floor to improve productivity."),
        ("process-engineering", "Process engineering", ["process design", "process optimisation"], "Designing, controlling and improving production processes for quality, yield and cost."),
        ("lean-manufacturing", "Lean and continuous improvement", ["lean", "six sigma", "continuous improvement"], "Methods that remove waste and variation from operations step by step."),
        ("manufacturing-scale-up", "Manufacturing scale-up", ["scale-up", "industrialisation", "pilot production"], "Taking a product or process from laboratory or prototype to reliable volume production."),
        ("design-for-manufacture", "Design for manufacture", ["DFM", "DfMA", "design for assembly"], "Designing products so they are easy, cheap and consistent to make and assemble."),
        ("electronics-manufacturing", "Electronics manufacturing", ["PCB assembly", "SMT", "electronics assembly"], "Assembling and testing printed circuit boards and electronic sub-systems."),
        ("systems-engineering", "Systems engineering", ["MBSE", "requirements engineering", "systems integration"], "Managing requirements, interfaces and trade-offs across complex multi-discipline systems."),
    ],
    "Materials": [
        ("composites", "Composite materials", ["composites", "carbon fibre", "CFRP", "fibre-reinforced polymers"], "Designing and making lightweight fibre-reinforced parts and structures."),
        ("advanced-metals", "Advanced metals and alloys", ["alloys", "metallurgy", "superalloys", "titanium"], "Developing and processing high-performance alloys for demanding environments."),
        ("graphene-2d", "Graphene and 2D materials", ["graphene", "2D materials"], "Making and applying atomically thin materials in inks, membranes, composites and electronics."),
        ("polymers", "Polymer science", ["polymers", "plastics"], "Designing, processing and testing plastics, elastomers and functional polymers."),
        ("ceramics", "Advanced ceramics", ["technical ceramics", "ceramics"], "Heat- and wear-resistant ceramic materials for engines, electronics and medical implants."),
        ("coatings-surface", "Coatings and surface engineering", ["coatings", "surface engineering", "thin films"], "Engineering surfaces and thin layers for wear, corrosion, optical or electrical performance."),
        ("materials-characterisation", "Materials characterisation", ["microscopy", "XRD", "electron microscopy"], "Measuring structure and properties of materials with microscopy, diffraction and spectroscopy."),
        ("materials-modelling", "Materials modelling", ["computational materials science", "atomistic simulation", "DFT"], "Predicting material behaviour by simulation from atoms up to components."),
        ("nanomaterials", "Nanomaterials", ["nanotechnology", "nanoparticles"], "Materials engineered at the nanometre scale for new optical, chemical or mechanical properties."),
        ("electrochemistry", "Electrochemistry", ["electrochemical engineering"], "Chemistry of charge transfer at interfaces, behind batteries, fuel cells, electrolysers and sensors."),
        ("biomaterials", "Biomaterials", ["tissue scaffolds", "medical materials"], "Materials designed to work safely in contact with the body, such as implants and scaffolds."),
        ("corrosion", "Corrosion and asset integrity", ["corrosion engineering", "asset integrity"], "Understanding and preventing the degradation of materials in service."),
        ("sustainable-materials", "Sustainable and bio-based materials", ["bio-based materials", "bioplastics", "recycled materials"], "Lower-carbon materials made from renewable or recycled feedstocks."),
        ("critical-minerals", "Critical minerals and extraction", ["lithium extraction", "rare earths", "mineral processing"], "Finding, extracting and refining minerals that clean-energy and digital technologies depend on."),
    ],
    "Chemistry and bioprocessing": [
        ("chemical-engineering", "Chemical engineering", ["chem eng"], "Designing and running processes that transform raw materials into chemicals, fuels and products."),
        ("formulation", "Formulation science", ["formulation", "formulated products"], "Combining ingredients into stable, effective products such as paints, medicines and foods."),
        ("catalysis", "Catalysis", ["catalysts", "catalytic chemistry"], "Designing catalysts that make chemical reactions faster, cleaner and more selective."),
        ("industrial-biotechnology", "Industrial biotechnology", ["IB", "white biotechnology", "fermentation"], "Using microbes and enzymes to make chemicals, materials and fuels."),
        ("synthetic-chemistry", "Synthetic chemistry", ["organic synthesis", "chemical synthesis"], "Planning and carrying out the synthesis of new molecules."),
        ("flow-chemistry", "Continuous processing and flow chemistry", ["flow chemistry", "continuous manufacturing"], "Running reactions in continuous flow rather than batches, for safety, control and scale."),
        ("analytical-chemistry", "Analytical chemistry", ["mass spectrometry", "chromatography", "HPLC"], "Identifying and quantifying substances with instruments and validated methods."),
        ("bioprocessing", "Bioprocessing", ["bioprocess engineering", "downstream processing", "upstream processing"], "Growing cells or microbes and purifying their products at scale."),
    ],
    "Life sciences": [
        ("cell-and-gene-therapy", "Cell and gene therapy", ["CGT", "ATMP", "advanced therapies", "cell therapy", "gene therapy"], "Developing medicines made from living cells or genetic material, from research to clinic."),
        ("viral-vector-manufacturing", "Viral vector manufacturing", ["AAV", "lentiviral vectors", "vector production"], "Producing the engineered viruses used to deliver genes in gene therapies and vaccines."),
        ("gmp-manufacturing", "GMP manufacturing", ["GMP", "good manufacturing practice", "cGMP"], "Making medicines under the quality system regulators require for human use."),
        ("genomics", "Genomics", ["DNA sequencing", "NGS", "whole-genome sequencing"], "Reading and interpreting genomes to understand biology, disease and traits."),
        ("bioinformatics", "Bioinformatics", ["computational biology"], "Computational analysis of biological data such as sequences, structures and expression."),
        ("drug-discovery", "Drug discovery", ["hit-to-lead", "lead optimisation", "early discovery"], "Finding and optimising molecules that act on a disease target."),
        ("medicinal-chemistry", "Medicinal chemistry", ["med chem"], "Designing and making drug-like molecules with the right potency, safety and properties."),
        ("structural-biology", "Structural biology", ["cryo-EM", "protein crystallography", "cryo-electron microscopy"], "Determining the 3D shapes of proteins and complexes to understand and target them."),
        ("immunology", "Immunology", ["immunotherapy", "immuno-oncology"], "Understanding the immune system and harnessing it against disease."),
        ("synthetic-biology", "Synthetic biology", ["synbio", "engineering biology"], "Designing and building biological parts, circuits and organisms for useful functions."),
        ("biologics", "Biologics and antibodies", ["antibodies", "monoclonal antibodies", "mAbs", "protein therapeutics"], "Discovering, engineering and developing protein-based medicines."),
        ("vaccines", "Vaccine development", ["vaccines", "vaccinology"], "Designing, testing and producing vaccines for people and animals."),
        ("clinical-trials", "Clinical trials", ["clinical research", "trial design", "CRO"], "Designing and running studies that test treatments and devices in patients."),
        ("in-vitro-diagnostics", "In vitro diagnostics", ["IVD", "diagnostics", "point-of-care testing", "POCT"], "Tests on samples such as blood or saliva that detect disease or guide treatment."),
        ("precision-medicine", "Precision medicine", ["personalised medicine", "stratified medicine"], "Matching treatments to patients using genetic, molecular and clinical data."),
        ("antimicrobials", "Antimicrobial resistance", ["AMR", "antibiotics", "antimicrobials"], "New antimicrobials, diagnostics and stewardship to counter drug-resistant infections."),
        ("microbiome", "Microbiome science", ["gut microbiome", "microbiota"], "Studying microbial communities in people, animals, plants and soils and their effects on health."),
        ("lab-automation", "Laboratory automation", ["lab robotics", "high-throughput screening", "HTS"], "Automating experiments and sample handling to run more tests, faster and more reproducibly."),
        ("pharmaceutical-regulatory", "Medicines regulatory affairs", ["regulatory affairs", "MHRA submissions", "marketing authorisation"], "Preparing evidence and dossiers to get medicines approved and keep them on the market."),
    ],
    "Health and care technology": [
        ("digital-health", "Digital health", ["health apps", "eHealth", "mHealth"], "Software and services that support diagnosis, treatment and self-care."),
        ("health-data-science", "Health data science", ["health informatics", "EHR analytics", "real-world evidence", "RWE"], "Analysing health records and other patient data safely to improve care and research."),
        ("medical-devices", "Medical device engineering", ["medtech", "medical devices"], "Designing, testing and making devices used to diagnose, monitor or treat patients."),
        ("medical-imaging", "Medical imaging", ["radiology AI", "MRI", "imaging analysis"], "Acquiring and analysing scans such as MRI, CT, ultrasound and pathology slides."),
        ("assistive-technology", "Assistive and ageing technology", ["healthy ageing", "assistive tech", "telecare"], "Products and services that help older and disabled people live independently."),
        ("telehealth", "Remote monitoring and telehealth", ["telemedicine", "remote patient monitoring", "RPM"], "Caring for patients at a distance using connected devices and virtual consultations."),
        ("health-economics", "Health economics", ["HEOR", "health technology assessment", "HTA"], "Judging the value of treatments and technologies for health systems and payers."),
        ("medical-device-regulation", "Medical device regulation", ["MDR", "IVDR", "ISO 13485"], "Meeting the quality and safety rules that medical devices and diagnostics must satisfy."),
        ("wearables", "Wearable sensors", ["wearables", "biosensors"], "Body-worn sensors that track physiology, movement or exposure."),
    ],
    "Clean energy": [
        ("offshore-wind", "Offshore wind", ["wind energy", "floating offshore wind", "OWF"], "Designing, installing, operating and maintaining wind farms at sea."),
        ("hydrogen", "Hydrogen technologies", ["green hydrogen", "electrolysis", "fuel cells", "H2"], "Producing, storing, moving and using hydrogen as a low-carbon fuel and feedstock."),
        ("ccus", "Carbon capture, utilisation and storage", ["CCUS", "CCS", "carbon capture"], "Capturing carbon dioxide from industry or air and using it or storing it underground."),
        ("battery-technology", "Battery technology", ["batteries", "energy storage", "lithium-ion", "BESS"], "Designing, making and managing battery cells, modules and packs."),
        ("nuclear-fission", "Nuclear fission engineering", ["nuclear power", "SMR", "small modular reactors"], "Designing, building and operating fission reactors and their fuel and safety systems."),
        ("fusion-energy", "Fusion energy", ["fusion", "tokamak", "plasma physics"], "Research and engineering towards power plants that fuse light nuclei."),
        ("nuclear-decommissioning", "Nuclear decommissioning", ["decommissioning", "radioactive waste management"], "Safely dismantling nuclear facilities and managing their waste."),
        ("smart-grids", "Smart grids and flexibility", ["smart grid", "demand response", "grid flexibility"], "Digital control of electricity networks so supply and demand can be balanced flexibly."),
        ("low-carbon-heat", "Low-carbon heating", ["heat pumps", "heat networks", "district heating"], "Heating buildings and processes without fossil fuels."),
        ("solar-pv", "Solar photovoltaics", ["solar", "PV", "perovskites"], "Devices and systems that turn sunlight directly into electricity."),
        ("marine-energy", "Tidal and wave energy", ["tidal stream", "wave power", "marine renewables"], "Generating electricity from tides, currents and waves."),
        ("energy-systems-modelling", "Energy systems modelling", ["whole-system modelling", "net zero pathways"], "Modelling how energy supply, networks and demand fit together on the way to net zero."),
        ("building-retrofit", "Building energy retrofit", ["retrofit", "energy efficiency", "fabric first"], "Upgrading existing homes and buildings to use less energy and stay comfortable."),
        ("bioenergy", "Bioenergy", ["biofuels", "anaerobic digestion", "biomass"], "Energy from plant material, wastes and residues."),
        ("industrial-decarbonisation", "Industrial decarbonisation", ["net zero industry", "fuel switching", "industrial electrification"], "Cutting emissions from heavy industry such as steel, chemicals, cement and glass."),
    ],
    "Space and geospatial": [
        ("earth-observation", "Earth observation", ["EO", "satellite imagery"], "Using satellite and airborne data to monitor land, sea, crops, infrastructure and climate."),
        ("remote-sensing", "Remote sensing", ["SAR", "synthetic aperture radar", "hyperspectral imaging"], "Sensing the environment from a distance with radar, optical and other instruments."),
        ("satellite-communications", "Satellite communications", ["satcom", "satellite broadband"], "Communication links and services delivered through satellites."),
        ("pnt", "Positioning, navigation and timing", ["PNT", "GNSS", "GPS", "satellite navigation"], "Knowing precisely where and when, from satellites or resilient alternatives."),
        ("space-systems-engineering", "Space systems engineering", ["spacecraft engineering", "satellite engineering"], "Designing, building and testing spacecraft and their sub-systems."),
        ("small-satellites", "Small satellites", ["smallsats", "CubeSats", "nanosatellites"], "Low-cost small spacecraft and the constellations built from them."),
        ("space-instrumentation", "Space instrumentation", ["payloads", "space science instruments"], "Sensors and instruments that fly on spacecraft for science and observation."),
        ("geospatial-analysis", "Geospatial analysis", ["GIS", "geographic information systems", "spatial data"], "Mapping and analysing data tied to location."),
        ("space-launch", "Space launch and propulsion", ["rocket propulsion", "launch vehicles", "spaceport"], "Rockets, propulsion systems and launch sites that put payloads into orbit."),
    ],
    "Semiconductors and photonics": [
        ("compound-semiconductors", "Compound semiconductors", ["III-V", "GaN", "SiC", "gallium nitride", "silicon carbide"], "Semiconductors made from two or more elements, used in power, RF and optoelectronic devices."),
        ("chip-design", "Semiconductor chip design", ["IC design", "ASIC", "VLSI"], "Designing integrated circuits from architecture through to verified layout."),
        ("wafer-fabrication", "Wafer fabrication", ["fab", "semiconductor processing", "epitaxy"], "Growing and processing semiconductor wafers into devices in cleanrooms."),
        ("power-electronics", "Power electronics", ["inverters", "converters", "PEMD"], "Converting and controlling electrical power efficiently in vehicles, grids and machines."),
        ("photonics", "Photonics", ["optics", "optoelectronics", "integrated photonics"], "Generating, guiding and detecting light for sensing, communications and manufacturing."),
        ("lasers", "Laser technology", ["lasers", "laser systems", "ultrafast lasers"], "Designing and applying lasers for processing, measurement and medicine."),
        ("quantum-sensing", "Quantum sensing and timing", ["quantum sensors", "atomic clocks", "quantum navigation"], "Sensors and clocks that exploit quantum effects for extreme precision."),
        ("rf-microwave", "RF and microwave engineering", ["RF", "microwave", "radio frequency", "antennas"], "Circuits, antennas and systems for radio and microwave signals."),
        ("mems-sensors", "MEMS and sensors", ["MEMS", "microsensors", "sensor design"], "Miniature mechanical and electronic sensors made with chip-style processes."),
        ("semiconductor-packaging", "Semiconductor packaging", ["advanced packaging", "heterogeneous integration"], "Packaging and interconnecting chips so they perform reliably in products."),
    ],
    "Agri-food": [
        ("precision-agriculture", "Precision agriculture", ["precision farming", "smart farming", "agritech"], "Using sensors, data and variable-rate machinery to farm field by field and plant by plant."),
        ("crop-science", "Crop science and plant breeding", ["plant genetics", "plant breeding", "crop genomics"], "Improving crops for yield, resilience and quality through genetics and breeding."),
        ("agri-robotics", "Agricultural robotics", ["agri-robotics", "farm robotics", "robotic harvesting"], "Robots that plant, weed, pick and monitor crops and livestock."),
        ("food-science", "Food science and technology", ["food technology", "food tech"], "The chemistry, microbiology and engineering of food and its ingredients."),
        ("food-processing", "Food manufacturing and processing", ["food processing", "food engineering"], "Turning raw produce into safe, consistent food products at scale."),
        ("animal-health", "Animal health and livestock genetics", ["veterinary science", "livestock genetics", "animal genomics"], "Keeping farmed animals healthy and productive, including breeding and disease control."),
        ("controlled-environment-agriculture", "Controlled environment agriculture", ["vertical farming", "CEA", "hydroponics"], "Growing crops indoors under controlled light, climate and nutrients."),
        ("soil-science", "Soil science", ["soil health", "soil carbon"], "Understanding soils, their fertility, carbon and biology."),
        ("aquaculture", "Aquaculture", ["fish farming", "seaweed farming", "mariculture"], "Farming fish, shellfish and seaweed."),
        ("alternative-proteins", "Alternative proteins", ["plant-based protein", "cultivated meat", "precision fermentation"], "Protein foods made from plants, fungi, fermentation or cultured cells."),
        ("food-safety", "Food safety and quality", ["food microbiology", "food authenticity", "HACCP"], "Keeping food free of hazards and proving where it comes from."),
    ],
    "Creative and immersive": [
        ("extended-reality", "Extended reality", ["XR", "VR", "AR", "virtual reality", "augmented reality", "mixed reality"], "Immersive experiences that blend or replace the physical world with digital content."),
        ("game-development", "Game development", ["games", "video games", "game design", "gamedev"], "Designing, programming and publishing interactive games."),
        ("visual-effects", "Visual effects", ["VFX", "CGI", "compositing"], "Computer-generated imagery and compositing for film, television and advertising."),
        ("virtual-production", "Virtual production", ["LED volume", "in-camera VFX", "ICVFX"], "Filming live action against real-time rendered backgrounds."),
        ("animation", "Animation", ["3D animation", "motion graphics"], "Bringing characters and graphics to life frame by frame or procedurally."),
        ("ux-design", "User experience design", ["UX", "UI design", "service design", "user research"], "Researching users and designing products and services that are easy and pleasant to use."),
        ("immersive-audio", "Immersive audio", ["spatial audio", "sound design", "audio engineering"], "Recording, designing and rendering sound in three dimensions."),
        ("content-production", "Digital content production", ["content creation", "media production"], "Producing video, audio and interactive content for digital channels."),
        ("real-time-3d", "Real-time 3D engines", ["game engines", "real-time rendering", "Unreal", "Unity"], "Building interactive 3D scenes that render instantly, for games, training and simulation."),
    ],
    "Transport and mobility": [
        ("electric-vehicles", "Electric vehicle engineering", ["EV", "electrified powertrains", "e-mobility"], "Designing and integrating electric drivetrains, charging and vehicle systems."),
        ("connected-autonomous-vehicles", "Connected and automated mobility", ["CAV", "CAM", "self-driving", "autonomous vehicles"], "Vehicles that communicate and drive themselves, and the infrastructure around them."),
        ("autonomous-systems", "Robotics and autonomous systems", ["RAS", "autonomy", "uncrewed systems"], "Machines that sense, decide and act on their own in the field, on land, sea or air."),
        ("drones", "Drones and uncrewed aircraft", ["UAV", "UAS", "drones", "BVLOS"], "Designing, operating and integrating uncrewed aircraft for inspection, delivery and survey."),
        ("aerospace-engineering", "Aerospace engineering", ["aerostructures", "aircraft design"], "Designing and building aircraft, their structures, systems and engines."),
        ("rail-engineering", "Rail engineering", ["railway systems", "rolling stock", "signalling"], "Trains, track, signalling and the systems that keep railways running."),
        ("maritime-engineering", "Maritime and naval engineering", ["marine engineering", "naval architecture", "shipbuilding"], "Designing, building and powering ships and marine structures."),
        ("marine-autonomy", "Marine autonomy", ["autonomous vessels", "USV", "AUV", "uncrewed surface vessels"], "Uncrewed boats and underwater vehicles for survey, monitoring and defence."),
        ("logistics-optimisation", "Logistics and supply chain optimisation", ["supply chain", "logistics", "route optimisation"], "Planning how goods move and are stored, to cut cost, delay and emissions."),
        ("sustainable-aviation", "Sustainable aviation", ["SAF", "sustainable aviation fuel", "zero-emission flight", "electric aircraft"], "Cleaner fuels, hydrogen and electric propulsion for flight."),
        ("transport-modelling", "Transport planning and modelling", ["mobility data", "transport modelling", "MaaS"], "Analysing and forecasting travel to plan networks and services."),
    ],
    "Environment": [
        ("climate-modelling", "Climate and weather modelling", ["climate science", "weather forecasting", "NWP"], "Simulating the atmosphere and climate to forecast weather and project change."),
        ("marine-science", "Marine science", ["oceanography", "ocean science"], "Studying the physics, chemistry and life of the seas."),
        ("subsea-engineering", "Subsea engineering", ["subsea", "ROV", "offshore engineering"], "Equipment and operations on and below the seabed, from cables to pipelines."),
        ("circular-economy", "Circular economy", ["reuse", "remanufacturing", "design for recycling"], "Keeping products and materials in use for longer through reuse, repair and recycling."),
        ("water-technology", "Water and wastewater technology", ["water treatment", "wastewater"], "Treating, supplying and recycling water and managing wastewater."),
        ("environmental-monitoring", "Environmental monitoring", ["environmental sensing", "air quality monitoring"], "Measuring pollution, emissions and ecosystem health over time."),
        ("natural-capital", "Biodiversity and natural capital", ["biodiversity", "natural capital", "nature-based solutions", "BNG"], "Measuring and restoring nature and valuing the services it provides."),
        ("geoscience", "Geoscience", ["geology", "geotechnics", "subsurface"], "Understanding rocks, groundwater and the subsurface for resources, storage and hazards."),
        ("life-cycle-assessment", "Life-cycle assessment", ["LCA", "carbon footprinting", "embodied carbon"], "Measuring the environmental footprint of a product or service from cradle to grave."),
        ("waste-recycling", "Waste and resource recovery", ["recycling", "waste management", "battery recycling"], "Collecting, sorting and recovering value from waste streams."),
        ("flood-resilience", "Climate adaptation and flood resilience", ["flood risk", "climate adaptation", "resilience"], "Preparing places and infrastructure for floods, heat and other climate risks."),
    ],
    "Business and commercialisation": [
        ("technology-transfer", "Technology transfer and IP", ["IP management", "licensing", "patents", "tech transfer"], "Protecting, licensing and spinning out inventions so they reach the market."),
        ("product-management", "Product management", ["product strategy", "product development"], "Deciding what to build, for whom and why, and steering it to launch."),
        ("regulatory-compliance", "Standards and certification", ["certification", "standards", "conformity assessment", "UKCA"], "Meeting product standards and getting independent certification."),
        ("business-model-innovation", "Business model innovation", ["servitisation", "business models"], "Finding new ways to create and capture value, such as selling outcomes rather than products."),
        ("investment-readiness", "Investment readiness and fundraising", ["fundraising", "venture capital", "VC", "investor readiness"], "Preparing a business and its story to raise equity or debt finance."),
        ("export-internationalisation", "Export and internationalisation", ["export", "international trade", "market entry"], "Selling into overseas markets and building international partnerships."),
        ("project-management", "Project and programme management", ["project management", "PMO", "agile delivery"], "Planning and delivering projects on time, scope and budget."),
        ("market-research", "Market research and validation", ["market analysis", "customer discovery"], "Testing who will buy, at what price and why, before and after launch."),
        ("innovation-management", "Innovation management", ["R&D management", "stage-gate", "open innovation"], "Running a pipeline of ideas and R&D projects inside an organisation."),
        ("grant-writing", "Grant and bid writing", ["bid writing", "funding applications", "proposal writing"], "Preparing competitive applications for public and charitable funding."),
        ("workforce-skills", "Workforce training and upskilling", ["upskilling", "reskilling", "apprenticeships"], "Developing the skills of existing staff and new entrants."),
        ("public-procurement", "Public procurement and adoption", ["SBRI", "public sector procurement", "NHS adoption"], "Selling innovations to public bodies and getting them adopted at scale."),
    ],
}

# Related skills: (weight, [slugs]) - every pair inside a group is related
RELATED_GROUPS = [
    (0.9, ["artificial-intelligence", "machine-learning"]),
    (0.8, ["machine-learning", "deep-learning"]),
    (0.7, ["artificial-intelligence", "deep-learning", "generative-ai"]),
    (0.7, ["deep-learning", "computer-vision"]),
    (0.7, ["deep-learning", "natural-language-processing"]),
    (0.8, ["generative-ai", "natural-language-processing"]),
    (0.7, ["machine-learning", "data-science"]),
    (0.6, ["machine-learning", "mlops"]),
    (0.6, ["data-engineering", "mlops", "cloud-computing"]),
    (0.7, ["data-science", "data-engineering"]),
    (0.6, ["high-performance-computing", "cloud-computing"]),
    (0.6, ["high-performance-computing", "deep-learning"]),
    (0.5, ["high-performance-computing", "quantum-computing"]),
    (0.5, ["high-performance-computing", "materials-modelling"]),
    (0.5, ["high-performance-computing", "climate-modelling"]),
    (0.6, ["software-engineering", "cloud-computing", "embedded-systems"]),
    (0.5, ["cybersecurity", "cloud-computing"]),
    (0.4, ["cybersecurity", "fintech", "distributed-ledger"]),
    (0.6, ["fintech", "data-science"]),
    (0.6, ["digital-twins", "industrial-digitalisation"]),
    (0.5, ["digital-twins", "internet-of-things", "data-engineering"]),
    (0.6, ["internet-of-things", "embedded-systems", "telecoms-5g"]),
    (0.5, ["internet-of-things", "mems-sensors"]),
    (0.5, ["computer-vision", "robotics-and-automation", "metrology"]),
    (0.4, ["computer-vision", "medical-imaging"]),
    (0.5, ["computer-vision", "earth-observation"]),
    (0.5, ["quantum-computing", "quantum-sensing", "photonics"]),
    (0.8, ["robotics-and-automation", "collaborative-robotics"]),
    (0.6, ["robotics-and-automation", "autonomous-systems"]),
    (0.5, ["robotics-and-automation", "agri-robotics"]),
    (0.4, ["robotics-and-automation", "lab-automation"]),
    (0.6, ["additive-manufacturing", "advanced-metals", "design-for-manufacture"]),
    (0.5, ["additive-manufacturing", "polymers"]),
    (0.6, ["precision-machining", "metrology", "advanced-metals"]),
    (0.6, ["metrology", "non-destructive-testing"]),
    (0.6, ["non-destructive-testing", "welding-and-joining", "corrosion"]),
    (0.6, ["welding-and-joining", "forging-and-casting", "advanced-metals"]),
    (0.5, ["forging-and-casting", "nuclear-fission"]),
    (0.7, ["industrial-digitalisation", "lean-manufacturing"]),
    (0.5, ["industrial-digitalisation", "internet-of-things"]),
    (0.6, ["process-engineering", "manufacturing-scale-up", "chemical-engineering"]),
    (0.5, ["manufacturing-scale-up", "gmp-manufacturing", "bioprocessing"]),
    (0.5, ["design-for-manufacture", "systems-engineering"]),
    (0.6, ["electronics-manufacturing", "semiconductor-packaging", "embedded-systems"]),
    (0.7, ["composites", "aerospace-engineering"]),
    (0.5, ["composites", "polymers", "offshore-wind"]),
    (0.6, ["graphene-2d", "nanomaterials", "coatings-surface"]),
    (0.5, ["graphene-2d", "composites"]),
    (0.6, ["materials-characterisation", "materials-modelling", "structural-biology"]),
    (0.5, ["ceramics", "coatings-surface", "advanced-metals"]),
    (0.8, ["electrochemistry", "battery-technology"]),
    (0.6, ["electrochemistry", "hydrogen"]),
    (0.5, ["biomaterials", "medical-devices"]),
    (0.5, ["biomaterials", "cell-and-gene-therapy"]),
    (0.7, ["sustainable-materials", "circular-economy", "life-cycle-assessment"]),
    (0.5, ["sustainable-materials", "industrial-biotechnology"]),
    (0.6, ["critical-minerals", "battery-technology", "geoscience"]),
    (0.7, ["chemical-engineering", "catalysis", "flow-chemistry"]),
    (0.6, ["synthetic-chemistry", "medicinal-chemistry", "flow-chemistry"]),
    (0.6, ["formulation", "polymers", "food-science"]),
    (0.6, ["analytical-chemistry", "materials-characterisation", "food-safety"]),
    (0.8, ["industrial-biotechnology", "bioprocessing", "synthetic-biology"]),
    (0.6, ["catalysis", "hydrogen", "ccus"]),
    (0.9, ["cell-and-gene-therapy", "viral-vector-manufacturing"]),
    (0.7, ["cell-and-gene-therapy", "gmp-manufacturing", "immunology"]),
    (0.7, ["viral-vector-manufacturing", "bioprocessing", "gmp-manufacturing"]),
    (0.8, ["genomics", "bioinformatics"]),
    (0.6, ["genomics", "precision-medicine", "crop-science"]),
    (0.6, ["genomics", "animal-health"]),
    (0.7, ["bioinformatics", "data-science", "health-data-science"]),
    (0.5, ["bioinformatics", "machine-learning"]),
    (0.8, ["drug-discovery", "medicinal-chemistry"]),
    (0.6, ["drug-discovery", "structural-biology", "lab-automation"]),
    (0.5, ["drug-discovery", "artificial-intelligence"]),
    (0.6, ["biologics", "immunology", "bioprocessing"]),
    (0.6, ["vaccines", "immunology", "viral-vector-manufacturing"]),
    (0.6, ["clinical-trials", "pharmaceutical-regulatory", "health-data-science"]),
    (0.6, ["in-vitro-diagnostics", "precision-medicine", "medical-device-regulation"]),
    (0.5, ["in-vitro-diagnostics", "antimicrobials"]),
    (0.5, ["microbiome", "food-science", "soil-science"]),
    (0.6, ["microbiome", "antimicrobials"]),
    (0.6, ["digital-health", "telehealth", "wearables"]),
    (0.6, ["digital-health", "health-data-science", "ux-design"]),
    (0.7, ["medical-devices", "medical-device-regulation"]),
    (0.5, ["medical-devices", "wearables", "mems-sensors"]),
    (0.6, ["medical-imaging", "deep-learning"]),
    (0.6, ["assistive-technology", "telehealth"]),
    (0.5, ["health-economics", "public-procurement", "health-data-science"]),
    (0.5, ["pharmaceutical-regulatory", "medical-device-regulation", "regulatory-compliance"]),
    (0.6, ["offshore-wind", "subsea-engineering", "marine-energy"]),
    (0.5, ["offshore-wind", "smart-grids", "power-electronics"]),
    (0.5, ["offshore-wind", "corrosion", "marine-autonomy"]),
    (0.6, ["hydrogen", "ccus", "industrial-decarbonisation"]),
    (0.5, ["hydrogen", "sustainable-aviation"]),
    (0.7, ["battery-technology", "electric-vehicles", "power-electronics"]),
    (0.5, ["battery-technology", "smart-grids"]),
    (0.5, ["battery-technology", "waste-recycling"]),
    (0.7, ["nuclear-fission", "nuclear-decommissioning"]),
    (0.6, ["nuclear-fission", "fusion-energy"]),
    (0.5, ["fusion-energy", "advanced-metals", "high-performance-computing"]),
    (0.5, ["nuclear-decommissioning", "robotics-and-automation"]),
    (0.7, ["smart-grids", "energy-systems-modelling", "low-carbon-heat"]),
    (0.7, ["low-carbon-heat", "building-retrofit"]),
    (0.5, ["solar-pv", "compound-semiconductors", "smart-grids"]),
    (0.6, ["ccus", "geoscience"]),
    (0.5, ["bioenergy", "industrial-biotechnology", "sustainable-aviation"]),
    (0.6, ["industrial-decarbonisation", "energy-systems-modelling", "process-engineering"]),
    (0.8, ["earth-observation", "remote-sensing"]),
    (0.6, ["earth-observation", "geospatial-analysis", "climate-modelling"]),
    (0.4, ["earth-observation", "precision-agriculture"]),
    (0.6, ["satellite-communications", "rf-microwave", "telecoms-5g"]),
    (0.6, ["pnt", "quantum-sensing", "satellite-communications"]),
    (0.7, ["space-systems-engineering", "small-satellites", "space-instrumentation"]),
    (0.5, ["space-systems-engineering", "space-launch", "systems-engineering"]),
    (0.5, ["space-instrumentation", "photonics"]),
    (0.7, ["compound-semiconductors", "wafer-fabrication", "power-electronics"]),
    (0.6, ["compound-semiconductors", "rf-microwave", "photonics"]),
    (0.6, ["chip-design", "wafer-fabrication", "semiconductor-packaging"]),
    (0.5, ["chip-design", "embedded-systems"]),
    (0.8, ["photonics", "lasers"]),
    (0.5, ["lasers", "additive-manufacturing", "metrology"]),
    (0.6, ["mems-sensors", "wafer-fabrication", "quantum-sensing"]),
    (0.6, ["precision-agriculture", "agri-robotics", "soil-science"]),
    (0.6, ["crop-science", "soil-science", "controlled-environment-agriculture"]),
    (0.7, ["food-science", "food-processing", "food-safety"]),
    (0.6, ["alternative-proteins", "industrial-biotechnology", "food-science"]),
    (0.5, ["aquaculture", "marine-science", "animal-health"]),
    (0.7, ["extended-reality", "real-time-3d", "game-development"]),
    (0.7, ["visual-effects", "virtual-production", "animation"]),
    (0.6, ["virtual-production", "real-time-3d"]),
    (0.5, ["immersive-audio", "extended-reality", "content-production"]),
    (0.5, ["ux-design", "extended-reality", "product-management"]),
    (0.4, ["extended-reality", "digital-twins"]),
    (0.7, ["electric-vehicles", "connected-autonomous-vehicles"]),
    (0.6, ["connected-autonomous-vehicles", "autonomous-systems", "transport-modelling"]),
    (0.7, ["autonomous-systems", "drones", "marine-autonomy"]),
    (0.7, ["aerospace-engineering", "sustainable-aviation", "drones"]),
    (0.6, ["maritime-engineering", "marine-autonomy", "subsea-engineering"]),
    (0.5, ["rail-engineering", "systems-engineering", "transport-modelling"]),
    (0.6, ["logistics-optimisation", "transport-modelling", "data-science"]),
    (0.7, ["climate-modelling", "flood-resilience", "marine-science"]),
    (0.6, ["environmental-monitoring", "internet-of-things", "water-technology"]),
    (0.6, ["natural-capital", "soil-science", "environmental-monitoring"]),
    (0.6, ["circular-economy", "waste-recycling"]),
    (0.6, ["marine-science", "subsea-engineering", "environmental-monitoring"]),
    (0.7, ["technology-transfer", "investment-readiness", "innovation-management"]),
    (0.6, ["product-management", "market-research", "business-model-innovation"]),
    (0.5, ["export-internationalisation", "market-research", "regulatory-compliance"]),
    (0.6, ["project-management", "grant-writing", "innovation-management"]),
    (0.5, ["workforce-skills", "lean-manufacturing"]),
    (0.4, ["public-procurement", "grant-writing"]),
]

# ---------------------------------------------------------------------------
# Real labs. has/needs: "skill:level" / "skill:priority". themes link labs to
# the synthetic clusters when projects are generated.
# ---------------------------------------------------------------------------
def lab(slug, name, kind, region, desc, has, themes, needs="", founded=None,
        website=None, facilities=None, open_=True):
    return dict(slug=slug, name=name, kind=kind, region=region, desc=desc,
                has=has.split(), needs=needs.split(), themes=themes.split(),
                founded=founded, website=website, facilities=facilities or [],
                open=open_)


LABS = [
    # North East
    lab("cpi", "Centre for Process Innovation (CPI)", "catapult", "TLC3",
        "High Value Manufacturing Catapult centre that helps companies prove and scale up new processes in formulation, biologics, printable electronics and sustainable chemicals before they invest in full plants.",
        "process-engineering:5 manufacturing-scale-up:5 formulation:5 bioprocessing:4 industrial-biotechnology:4 biologics:4 electronics-manufacturing:3 flow-chemistry:3",
        "materials-chem life-sci", needs="computer-vision:3", founded=2004, website="https://www.uk-cpi.com",
        facilities=["Biologics manufacturing pilot facility (Darlington)", "Formulation pilot plant (Sedgefield)", "Printable electronics cleanrooms (Sedgefield)", "Process scale-up halls (Wilton)"]),
    lab("ore-catapult-blyth", "Offshore Renewable Energy Catapult – Blyth", "catapult", "TLC4",
        "The Catapult's Northumberland test base, where wind turbine blades, drivetrains and other offshore components are put through accelerated testing before they go to sea.",
        "offshore-wind:5 composites:4 non-destructive-testing:4 power-electronics:3 marine-energy:3 subsea-engineering:3",
        "offshore", founded=2013, website="https://ore.catapult.org.uk",
        facilities=["Wind turbine blade test halls", "Powertrain test rig", "Offshore demonstration turbine"]),
    lab("national-innovation-centre-for-data", "National Innovation Centre for Data", "university", "TLC4",
        "Newcastle-based centre that teaches organisations to get value from their own data by working side by side with its data scientists on real projects.",
        "data-science:5 data-engineering:4 machine-learning:4 workforce-skills:4 software-engineering:3 cloud-computing:3",
        "digital-ai", needs="mlops:3"),
    lab("national-innovation-centre-for-ageing", "National Innovation Centre for Ageing", "university", "TLC4",
        "Newcastle-based centre that co-designs products and services for longer, healthier lives with older people, businesses and researchers.",
        "assistive-technology:5 digital-health:4 ux-design:4 health-data-science:3 market-research:3",
        "health-tech"),
    lab("national-horizons-centre", "National Horizons Centre, Teesside University", "university", "TLC3",
        "Darlington centre for bioscience skills and research, supporting biologics and industrial biotechnology firms in the Tees Valley.",
        "bioprocessing:3 industrial-biotechnology:3 bioinformatics:3 workforce-skills:4",
        "life-sci materials-chem"),
    # North West
    lab("henry-royce-institute", "Henry Royce Institute", "university", "TLD3",
        "The UK's national institute for advanced materials, with its hub in Manchester and partner universities around the country, giving industry and academics access to materials equipment and expertise.",
        "materials-characterisation:5 materials-modelling:4 graphene-2d:4 advanced-metals:4 nanomaterials:4 biomaterials:3 electrochemistry:3",
        "materials-chem", website="https://www.royce.ac.uk",
        facilities=["Materials characterisation suites", "Thin-film deposition", "Biomedical materials laboratories"]),
    lab("graphene-engineering-innovation-centre", "Graphene Engineering Innovation Centre", "university", "TLD3",
        "University of Manchester facility that helps companies turn graphene and other 2D materials into products, from inks and coatings to composites and membranes.",
        "graphene-2d:5 composites:4 coatings-surface:4 manufacturing-scale-up:3 polymers:3",
        "materials-chem", facilities=["2D materials pilot production", "Composites processing", "Coatings and inks laboratory"]),
    lab("stfc-hartree-centre", "STFC Hartree Centre", "public", "TLD7",
        "STFC centre at Sci-Tech Daresbury that lets businesses use supercomputing, data science and AI to solve engineering and industrial problems.",
        "high-performance-computing:5 artificial-intelligence:4 data-science:4 digital-twins:3 quantum-computing:3 materials-modelling:3",
        "digital-ai", founded=2012, website="https://www.hartree.stfc.ac.uk",
        facilities=["Supercomputing systems", "Visualisation suite"]),
    lab("materials-innovation-factory", "Materials Innovation Factory", "university", "TLD7",
        "University of Liverpool facility combining robotic chemistry, high-throughput experimentation and computation to discover new materials quickly.",
        "lab-automation:5 materials-characterisation:4 synthetic-chemistry:4 formulation:4 materials-modelling:3 machine-learning:3",
        "materials-chem", facilities=["Robotic materials discovery laboratory", "High-throughput formulation"]),
    lab("medicines-discovery-catapult", "Medicines Discovery Catapult", "catapult", "TLD6",
        "Catapult at Alderley Park that gives drug discovery SMEs access to specialist assays, imaging, mass spectrometry and data tools they could not afford alone.",
        "drug-discovery:5 analytical-chemistry:4 lab-automation:4 artificial-intelligence:3 bioinformatics:3 structural-biology:3",
        "life-sci", founded=2015, website="https://md.catapult.org.uk"),
    lab("energy-house-2", "Energy House 2.0, University of Salford", "university", "TLD3",
        "Two large climate chambers in Salford where full-size houses are built and tested under controlled weather to measure how homes, heating and retrofit measures really perform.",
        "building-retrofit:5 low-carbon-heat:4 environmental-monitoring:3 smart-grids:3 internet-of-things:3",
        "energy-systems", facilities=["Environmental chambers holding full-size homes"]),
    lab("amrc-north-west", "AMRC North West", "catapult", "TLD4",
        "Lancashire arm of the University of Sheffield AMRC at Samlesbury, helping manufacturers in the region adopt automation and digital technologies.",
        "robotics-and-automation:4 industrial-digitalisation:4 composites:3 aerospace-engineering:3 workforce-skills:3",
        "adv-mfg"),
    lab("nnl-central-laboratory", "National Nuclear Laboratory – Central Laboratory", "public", "TLD1",
        "Government-owned nuclear laboratory on the Sellafield site, handling radioactive materials for fuel, waste and decommissioning research.",
        "nuclear-fission:5 nuclear-decommissioning:5 analytical-chemistry:4 materials-characterisation:4 robotics-and-automation:3",
        "nuclear", facilities=["Active handling cells", "Radiochemistry laboratories"]),
    # Yorkshire and The Humber
    lab("amrc", "Advanced Manufacturing Research Centre", "catapult", "TLE3",
        "University of Sheffield research centre on the Advanced Manufacturing Park that works with manufacturers on machining, casting, composites, additive processes, automation and factory digitalisation.",
        "precision-machining:5 additive-manufacturing:4 metrology:4 robotics-and-automation:4 industrial-digitalisation:4 composites:4 forging-and-casting:3 welding-and-joining:3",
        "adv-mfg mobility", needs="quantum-sensing:2", founded=2001, website="https://www.amrc.co.uk",
        facilities=["Factory 2050 reconfigurable factory", "Machining and castings workshops", "Composites centre", "Training centre for apprentices"]),
    lab("nuclear-amrc", "Nuclear AMRC", "catapult", "TLE3",
        "Rotherham centre that helps UK manufacturers win work in civil nuclear new build, small modular reactors and decommissioning by improving large-component machining, welding and inspection.",
        "welding-and-joining:5 precision-machining:5 nuclear-fission:4 metrology:4 non-destructive-testing:4 forging-and-casting:3",
        "nuclear adv-mfg", website="https://namrc.co.uk",
        facilities=["Large-scale machining cells", "Electron beam and arc welding", "Metrology laboratory"]),
    lab("translational-energy-research-centre", "Translational Energy Research Centre, University of Sheffield", "university", "TLE3",
        "Pilot-scale plant at Sheffield for testing carbon capture, hydrogen, bioenergy and sustainable fuel processes with industry.",
        "ccus:4 hydrogen:4 bioenergy:4 sustainable-aviation:3 process-engineering:4",
        "hydrogen-ccus", facilities=["Pilot-scale combustion and capture rigs", "Hydrogen production test plant"]),
    lab("fera-science", "Fera Science", "rto", "TLE2",
        "Applied science organisation near York offering testing, research and advice on food safety, plant and bee health, crops and the environment.",
        "food-safety:5 analytical-chemistry:4 crop-science:3 animal-health:3 natural-capital:3",
        "agri-food"),
    lab("aura-innovation-centre", "Aura Innovation Centre, University of Hull", "university", "TLE1",
        "University of Hull centre near the Humber Bridge that supports low-carbon and offshore wind businesses and research on the Humber.",
        "offshore-wind:4 energy-systems-modelling:3 workforce-skills:3 industrial-decarbonisation:3",
        "offshore hydrogen-ccus"),
    lab("leeds-institute-for-data-analytics", "Leeds Institute for Data Analytics", "university", "TLE4",
        "University of Leeds institute that brings together data scientists and partners to work on health, consumer and urban data.",
        "data-science:4 health-data-science:4 machine-learning:4 geospatial-analysis:3",
        "digital-ai health-tech"),
    # East Midlands
    lab("space-park-leicester", "Space Park Leicester", "university", "TLF2",
        "University of Leicester space science and industry campus, building instruments and working with firms on Earth observation and space systems.",
        "space-instrumentation:5 earth-observation:4 space-systems-engineering:4 remote-sensing:4 small-satellites:3",
        "space", needs="photonics:3", facilities=["Cleanrooms for spacecraft instruments", "Earth observation data laboratory"]),
    lab("british-geological-survey", "British Geological Survey", "public", "TLF1",
        "National geological survey based at Keyworth, mapping the subsurface and advising on resources, carbon storage, groundwater and geohazards.",
        "geoscience:5 geospatial-analysis:4 critical-minerals:4 ccus:3 environmental-monitoring:3",
        "environment hydrogen-ccus", founded=1835, website="https://www.bgs.ac.uk",
        facilities=["National Geological Repository"]),
    lab("centre-for-additive-manufacturing", "Centre for Additive Manufacturing, University of Nottingham", "university", "TLF1",
        "University of Nottingham research centre developing multi-material and functional 3D printing processes with industry.",
        "additive-manufacturing:5 polymers:4 materials-characterisation:3 design-for-manufacture:3",
        "adv-mfg", needs="lasers:4"),
    lab("lincoln-institute-for-agri-food-technology", "Lincoln Institute for Agri-Food Technology", "university", "TLF3",
        "University of Lincoln institute working with growers and food manufacturers on robotics, automation and data for farming and food processing.",
        "agri-robotics:4 precision-agriculture:4 food-processing:3 crop-science:3 autonomous-systems:3",
        "agri-food"),
    lab("institute-for-innovation-in-sustainable-engineering", "Institute for Innovation in Sustainable Engineering, University of Derby", "university", "TLF1",
        "University of Derby institute helping the region's rail and aerospace supply chain with engineering research and digital tools.",
        "rail-engineering:3 aerospace-engineering:3 sustainable-materials:3 industrial-digitalisation:3",
        "mobility adv-mfg"),
    # West Midlands
    lab("mtc", "Manufacturing Technology Centre", "catapult", "TLG1",
        "High Value Manufacturing Catapult centre at Ansty Park near Coventry, helping manufacturers adopt automation, additive manufacturing, digital engineering and new assembly methods.",
        "industrial-digitalisation:5 robotics-and-automation:4 additive-manufacturing:4 metrology:4 design-for-manufacture:4 electronics-manufacturing:3 workforce-skills:3",
        "adv-mfg", needs="cybersecurity:3", founded=2010, website="https://www.the-mtc.org",
        facilities=["National Centre for Additive Manufacturing", "Digital engineering and factory demonstrators", "Advanced Manufacturing Training Centre"]),
    lab("wmg", "WMG, University of Warwick", "university", "TLG3",
        "University of Warwick department working with industry on batteries, electrification, connected and automated vehicles, cyber security and manufacturing.",
        "battery-technology:5 electric-vehicles:5 connected-autonomous-vehicles:4 industrial-digitalisation:4 composites:3 cybersecurity:3 metrology:3",
        "mobility adv-mfg", founded=1980, website="https://warwick.ac.uk/fac/sci/wmg",
        facilities=["Energy Innovation Centre battery pilot lines", "3xD driving simulator"]),
    lab("uk-battery-industrialisation-centre", "UK Battery Industrialisation Centre", "rto", "TLG1",
        "Open-access battery manufacturing scale-up facility near Coventry where companies prove cell and module production at industrial scale.",
        "battery-technology:5 manufacturing-scale-up:5 process-engineering:4 electrochemistry:3 metrology:3",
        "mobility energy-systems", website="https://www.ukbic.co.uk",
        facilities=["Electrode and cell production lines", "Module and pack assembly", "Dry rooms"]),
    lab("energy-systems-catapult", "Energy Systems Catapult", "catapult", "TLG3",
        "Birmingham-based Catapult that models the whole energy system and helps innovators, networks and government decarbonise heat, power and transport together.",
        "energy-systems-modelling:5 smart-grids:4 low-carbon-heat:4 building-retrofit:3 data-science:3 digital-twins:3",
        "energy-systems", founded=2015, website="https://es.catapult.org.uk",
        facilities=["Living laboratory of connected homes"]),
    lab("birmingham-centre-for-railway-research", "Birmingham Centre for Railway Research and Education", "university", "TLG3",
        "University of Birmingham centre researching railway engineering, digital signalling, condition monitoring and decarbonised traction.",
        "rail-engineering:5 systems-engineering:4 digital-twins:3 internet-of-things:3",
        "mobility"),
    lab("keele-smart-energy-network-demonstrator", "Smart Energy Network Demonstrator, Keele University", "university", "TLG2",
        "Campus-scale energy system at Keele University used to trial local generation, storage and smart control with businesses.",
        "smart-grids:4 energy-systems-modelling:3 solar-pv:3 internet-of-things:3",
        "energy-systems"),
    # East of England
    lab("cgt-catapult-stevenage", "Cell and Gene Therapy Catapult – Manufacturing Innovation Centre", "catapult", "TLH2",
        "Large-scale manufacturing centre in Stevenage where companies run their cell and gene therapy processes in licensed cleanroom modules and develop the people and methods to scale them.",
        "cell-and-gene-therapy:5 viral-vector-manufacturing:5 gmp-manufacturing:5 bioprocessing:4 analytical-chemistry:3",
        "life-sci", founded=2012, website="https://ct.catapult.org.uk",
        facilities=["Licensed GMP manufacturing modules", "Process development laboratories"]),
    lab("stevenage-bioscience-catalyst", "Stevenage Bioscience Catalyst", "other", "TLH2",
        "Open-innovation bioscience campus next to a major pharmaceutical R&D site, offering laboratories and support to early-stage life science companies.",
        "drug-discovery:3 cell-and-gene-therapy:3 technology-transfer:4 investment-readiness:3",
        "life-sci"),
    lab("wellcome-sanger-institute", "Wellcome Sanger Institute", "other", "TLH4",
        "Genomics research institute on the Wellcome Genome Campus at Hinxton, sequencing and analysing genomes at very large scale to study health, disease and biodiversity.",
        "genomics:5 bioinformatics:5 lab-automation:4 data-engineering:4 high-performance-computing:3",
        "life-sci", founded=1993, website="https://www.sanger.ac.uk",
        facilities=["Large-scale DNA sequencing", "Cellular genetics laboratories"]),
    lab("mrc-laboratory-of-molecular-biology", "MRC Laboratory of Molecular Biology", "public", "TLH4",
        "Medical Research Council institute in Cambridge doing fundamental research into how molecules and cells work, with world-leading structural biology.",
        "structural-biology:5 biologics:4 immunology:3 synthetic-biology:3 materials-characterisation:3",
        "life-sci", founded=1962, website="https://www2.mrc-lmb.cam.ac.uk", open_=False,
        facilities=["Cryo-electron microscopy"]),
    lab("babraham-institute", "Babraham Institute", "other", "TLH4",
        "Life sciences institute near Cambridge studying how cells and the immune system change over life, with a campus for bioscience start-ups.",
        "immunology:4 genomics:4 bioinformatics:3 lab-automation:3",
        "life-sci", website="https://www.babraham.ac.uk"),
    lab("john-innes-centre", "John Innes Centre", "other", "TLH5",
        "Norwich Research Park institute for plant and microbial science, working on crop genetics, disease resistance and natural products.",
        "crop-science:5 genomics:4 synthetic-biology:3 microbiome:3 bioinformatics:3",
        "agri-food", founded=1910, website="https://www.jic.ac.uk",
        facilities=["Plant growth and glasshouse facilities", "Germplasm collections"]),
    lab("quadram-institute", "Quadram Institute", "other", "TLH5",
        "Norwich Research Park institute linking food science, the gut microbiome and health, with clinical research alongside.",
        "microbiome:5 food-science:4 antimicrobials:4 genomics:3 food-safety:3",
        "agri-food life-sci", founded=2017, website="https://quadram.ac.uk"),
    lab("earlham-institute", "Earlham Institute", "other", "TLH5",
        "Norwich institute for genomics and computational biology, especially of crops and other living systems.",
        "genomics:5 bioinformatics:5 crop-science:3 high-performance-computing:3",
        "agri-food", website="https://www.earlham.ac.uk"),
    lab("rothamsted-research", "Rothamsted Research", "other", "TLH2",
        "Long-running agricultural research institute in Harpenden studying soils, crops, pests and sustainable farming systems.",
        "crop-science:5 soil-science:5 precision-agriculture:4 natural-capital:3 data-science:3",
        "agri-food", founded=1843, website="https://www.rothamsted.ac.uk",
        facilities=["Long-term field experiments", "Farm-scale research platforms"]),
    # London
    lab("cgt-catapult-london", "Cell and Gene Therapy Catapult – Guy's Hospital", "catapult", "TLI4",
        "The Catapult's London headquarters, supporting developers of cell and gene therapies with process development, analytics, regulatory and clinical advice.",
        "cell-and-gene-therapy:5 pharmaceutical-regulatory:4 clinical-trials:4 immunology:3 analytical-chemistry:3 health-economics:3",
        "life-sci", founded=2012, website="https://ct.catapult.org.uk"),
    lab("francis-crick-institute", "Francis Crick Institute", "other", "TLI3",
        "Biomedical research institute next to St Pancras studying the biology behind health and disease, from immunology to genomics.",
        "immunology:5 genomics:4 structural-biology:4 bioinformatics:4 cell-and-gene-therapy:3",
        "life-sci", website="https://www.crick.ac.uk"),
    lab("alan-turing-institute", "Alan Turing Institute", "other", "TLI3",
        "The UK's national institute for data science and artificial intelligence, working with universities, government and industry.",
        "artificial-intelligence:5 machine-learning:5 data-science:5 natural-language-processing:4 generative-ai:4 digital-twins:3",
        "digital-ai", founded=2015, website="https://www.turing.ac.uk"),
    lab("digital-catapult", "Digital Catapult", "catapult", "TLI3",
        "Catapult helping businesses adopt advanced digital technologies such as AI, immersive media, future networks and distributed ledgers.",
        "artificial-intelligence:4 extended-reality:4 telecoms-5g:4 distributed-ledger:3 internet-of-things:3 quantum-computing:3",
        "digital-ai creative", founded=2013, website="https://www.digicatapult.org.uk",
        facilities=["5G and future networks testbeds", "Immersive technology studios"]),
    lab("connected-places-catapult", "Connected Places Catapult", "catapult", "TLI4",
        "Catapult for cities, transport and the built environment, with offices in London and Milton Keynes, helping public bodies and firms test new mobility and place-making ideas.",
        "transport-modelling:5 connected-autonomous-vehicles:4 drones:4 geospatial-analysis:3 digital-twins:3 public-procurement:3",
        "mobility", founded=2019, website="https://cp.catapult.org.uk"),
    lab("national-physical-laboratory", "National Physical Laboratory", "public", "TLI7",
        "The UK's national measurement institute at Teddington, keeping measurement standards and helping industry measure accurately, from quantum to materials.",
        "metrology:5 quantum-sensing:4 photonics:4 materials-characterisation:4 regulatory-compliance:4 rf-microwave:3",
        "semis-photonics adv-mfg", founded=1900, website="https://www.npl.co.uk"),
    # South East
    lab("satellite-applications-catapult", "Satellite Applications Catapult", "catapult", "TLJ1",
        "Catapult at Harwell that helps businesses use satellite data and services and develop new space products and missions.",
        "earth-observation:5 satellite-communications:4 pnt:4 geospatial-analysis:4 small-satellites:3 space-systems-engineering:3",
        "space", founded=2013, website="https://sa.catapult.org.uk"),
    lab("diamond-light-source", "Diamond Light Source", "public", "TLJ1",
        "The UK's national synchrotron at Harwell, producing intense X-ray, infrared and ultraviolet light to study the structure of materials and biological molecules.",
        "materials-characterisation:5 structural-biology:5 analytical-chemistry:3",
        "materials-chem life-sci", website="https://www.diamond.ac.uk",
        facilities=["Synchrotron beamlines", "Electron Bio-Imaging Centre (eBIC)"]),
    lab("rutherford-appleton-laboratory", "Rutherford Appleton Laboratory", "public", "TLJ1",
        "STFC's national laboratory at Harwell, home to neutron, laser and space facilities used by researchers and industry.",
        "space-instrumentation:5 lasers:5 high-performance-computing:4 materials-characterisation:4 space-systems-engineering:4",
        "space semis-photonics", founded=1957,
        facilities=["ISIS Neutron and Muon Source", "Central Laser Facility", "RAL Space test chambers"]),
    lab("ukaea-culham", "UK Atomic Energy Authority – Culham Campus", "public", "TLJ1",
        "Fusion research site in Oxfordshire that develops fusion machines and the robotics, materials and computing that future power plants will need.",
        "fusion-energy:5 robotics-and-automation:4 advanced-metals:4 high-performance-computing:3 materials-characterisation:3",
        "nuclear", website="https://www.gov.uk/government/organisations/uk-atomic-energy-authority",
        facilities=["MAST Upgrade spherical tokamak", "Remote Applications in Challenging Environments (RACE)"]),
    lab("rosalind-franklin-institute", "Rosalind Franklin Institute", "other", "TLJ1",
        "Harwell institute developing new imaging, chemistry and AI technologies for life science research.",
        "structural-biology:4 materials-characterisation:4 artificial-intelligence:3 lab-automation:3",
        "life-sci", founded=2018, website="https://www.rfi.ac.uk"),
    lab("faraday-institution", "Faraday Institution", "other", "TLJ1",
        "Harwell-based institute coordinating UK research on batteries, from new chemistries to recycling and modelling.",
        "battery-technology:5 electrochemistry:5 materials-modelling:4 waste-recycling:3",
        "energy-systems mobility", founded=2017, website="https://www.faraday.ac.uk"),
    lab("national-oceanography-centre", "National Oceanography Centre", "public", "TLJ3",
        "Southampton-headquartered ocean research centre that runs the UK's marine autonomous fleet and studies sea level, ocean circulation and marine ecosystems.",
        "marine-science:5 marine-autonomy:5 environmental-monitoring:4 climate-modelling:3 subsea-engineering:3",
        "environment", website="https://noc.ac.uk",
        facilities=["Marine autonomous and robotic systems fleet", "British Ocean Sediment Core Research Facility"]),
    lab("surrey-space-centre", "Surrey Space Centre, University of Surrey", "university", "TLJ2",
        "University of Surrey research centre known for small satellite engineering, space robotics and propulsion.",
        "small-satellites:5 space-systems-engineering:4 autonomous-systems:3",
        "space"),
    lab("5g-6g-innovation-centre", "5G/6G Innovation Centre, University of Surrey", "university", "TLJ2",
        "University of Surrey centre researching future mobile networks and running a test network for industry trials.",
        "telecoms-5g:5 rf-microwave:4 cybersecurity:3 satellite-communications:3",
        "digital-ai", facilities=["Campus-wide 5G test network"]),
    # South West
    lab("national-composites-centre", "National Composites Centre", "catapult", "TLK5",
        "High Value Manufacturing Catapult centre at Bristol and Bath Science Park that helps industry design and make composite structures for aerospace, energy, construction and transport.",
        "composites:5 design-for-manufacture:4 non-destructive-testing:4 aerospace-engineering:4 digital-twins:3 offshore-wind:3",
        "adv-mfg mobility", needs="hydrogen:3", website="https://www.nccuk.com",
        facilities=["Automated fibre placement cells", "Large-scale resin infusion", "Composites inspection and testing"]),
    lab("isambard-ai", "Isambard-AI, University of Bristol", "university", "TLK5",
        "National AI supercomputer run by the University of Bristol as part of the UK AI Research Resource, hosted at the National Composites Centre site.",
        "high-performance-computing:5 artificial-intelligence:4 deep-learning:4 cloud-computing:3 data-engineering:3",
        "digital-ai", founded=2025, facilities=["5,448 NVIDIA GH200 Grace Hopper superchips"]),
    lab("bristol-robotics-laboratory", "Bristol Robotics Laboratory", "university", "TLK5",
        "Joint robotics laboratory of the University of the West of England and the University of Bristol, working on autonomous, assistive, swarm and soft robots.",
        "robotics-and-automation:5 autonomous-systems:5 collaborative-robotics:4 computer-vision:4 assistive-technology:3 drones:3",
        "adv-mfg digital-ai", facilities=["Assisted living studio", "Flight arena for aerial robots"]),
    lab("met-office", "Met Office", "public", "TLK4",
        "The UK's national weather and climate service in Exeter, running forecast and climate models on its own supercomputers.",
        "climate-modelling:5 high-performance-computing:5 data-science:4 flood-resilience:4 environmental-monitoring:3",
        "environment", founded=1854, website="https://www.metoffice.gov.uk"),
    lab("plymouth-marine-laboratory", "Plymouth Marine Laboratory", "other", "TLK4",
        "Independent marine research charity studying ocean health, marine ecosystems and ocean observation from space.",
        "marine-science:5 earth-observation:4 environmental-monitoring:4 aquaculture:3 natural-capital:3",
        "environment", website="https://www.pml.ac.uk"),
    # Wales
    lab("csa-catapult", "Compound Semiconductor Applications Catapult", "catapult", "TLL5",
        "Newport-based Catapult helping companies bring compound semiconductor technology into power electronics, RF and photonic products.",
        "compound-semiconductors:5 power-electronics:5 rf-microwave:4 semiconductor-packaging:4 photonics:3",
        "semis-photonics", website="https://csa.catapult.org.uk",
        facilities=["Power electronics test laboratory", "RF and microwave characterisation"]),
    lab("institute-for-compound-semiconductors", "Institute for Compound Semiconductors, Cardiff University", "university", "TLL5",
        "Cardiff University institute with cleanroom facilities for growing and processing compound semiconductor wafers with industry.",
        "compound-semiconductors:5 wafer-fabrication:5 photonics:4 mems-sensors:3 materials-characterisation:3",
        "semis-photonics", facilities=["Compound semiconductor cleanroom"]),
    lab("amrc-cymru", "AMRC Cymru", "catapult", "TLL3",
        "AMRC research factory at Broughton in north-east Wales, helping aerospace, nuclear and automotive suppliers adopt new manufacturing technology.",
        "precision-machining:4 industrial-digitalisation:4 aerospace-engineering:3 robotics-and-automation:3 metrology:3",
        "adv-mfg"),
    lab("specific-ikc", "SPECIFIC Innovation and Knowledge Centre, Swansea University", "university", "TLL4",
        "Swansea University centre developing buildings that generate, store and release their own energy using printed solar and storage.",
        "solar-pv:5 coatings-surface:4 building-retrofit:4 battery-technology:3 low-carbon-heat:3",
        "energy-systems", facilities=["Active building demonstrators", "Coatings pilot line"]),
    lab("swansea-institute-of-life-science", "Institute of Life Science, Swansea University Medical School", "university", "TLL4",
        "Swansea University medical research institute combining health data science, diagnostics and medical devices with business incubation.",
        "health-data-science:5 digital-health:4 medical-devices:3 clinical-trials:3",
        "health-tech life-sci", needs="cell-and-gene-therapy:3", facilities=["SAIL Databank"]),
    lab("life-sciences-hub-wales", "Life Sciences Hub Wales", "public", "TLL5",
        "Welsh Government body in Cardiff Bay that connects health and care services with industry to speed up the adoption of new health technologies.",
        "public-procurement:4 digital-health:3 health-economics:3 medical-device-regulation:3",
        "health-tech life-sci", needs="cell-and-gene-therapy:4 viral-vector-manufacturing:3"),
    # Scotland
    lab("afrc", "Advanced Forming Research Centre", "catapult", "TLM3",
        "University of Strathclyde centre near Glasgow Airport, part of the National Manufacturing Institute Scotland, working on forming, forging, machining and additive processes for metals.",
        "forging-and-casting:5 advanced-metals:5 additive-manufacturing:4 metrology:3 welding-and-joining:3",
        "adv-mfg", facilities=["Hot forming and forging presses", "Powder metallurgy and additive cells"]),
    lab("ore-catapult-glasgow", "Offshore Renewable Energy Catapult – Glasgow", "catapult", "TLM3",
        "Headquarters of the ORE Catapult, providing engineering and research support for offshore wind, wave and tidal energy.",
        "offshore-wind:5 marine-energy:4 energy-systems-modelling:3 subsea-engineering:3 data-science:3 marine-autonomy:3",
        "offshore", founded=2013, website="https://ore.catapult.org.uk",
        facilities=["Levenmouth demonstration turbine (Fife)"]),
    lab("epcc", "EPCC, University of Edinburgh", "university", "TLM1",
        "University of Edinburgh supercomputing centre that hosts national computing and data services and works with industry on simulation and data.",
        "high-performance-computing:5 data-engineering:4 software-engineering:4 quantum-computing:3 artificial-intelligence:3",
        "digital-ai", founded=1990, website="https://www.epcc.ed.ac.uk",
        facilities=["ARCHER2 national supercomputing service", "Edinburgh International Data Facility"]),
    lab("roslin-institute", "Roslin Institute", "university", "TLM1",
        "University of Edinburgh animal science institute at Easter Bush, working on livestock genetics, animal health and disease.",
        "animal-health:5 genomics:4 vaccines:3 bioinformatics:3",
        "agri-food life-sci", founded=1993, website="https://www.ed.ac.uk/roslin"),
    lab("fraunhofer-centre-for-applied-photonics", "Fraunhofer Centre for Applied Photonics", "rto", "TLM3",
        "Glasgow research centre developing lasers and optical systems for industry, from quantum technologies to sensing.",
        "lasers:5 photonics:5 quantum-sensing:4 remote-sensing:3",
        "semis-photonics", founded=2012),
    lab("ibioic", "Industrial Biotechnology Innovation Centre", "rto", "TLM3",
        "Scottish innovation centre that connects companies and universities working on industrial biotechnology and runs scale-up facilities for bio-based processes.",
        "industrial-biotechnology:5 bioprocessing:4 synthetic-biology:3 sustainable-materials:3 manufacturing-scale-up:3",
        "materials-chem agri-food", website="https://www.ibioic.com"),
    lab("the-data-lab", "The Data Lab", "rto", "TLM1",
        "Scotland's innovation centre for data and AI, funding projects and training that help organisations use data.",
        "data-science:4 artificial-intelligence:4 workforce-skills:4 machine-learning:3",
        "digital-ai", website="https://thedatalab.com"),
    lab("net-zero-technology-centre", "Net Zero Technology Centre", "rto", "TLM5",
        "Aberdeen centre funding and developing technologies to decarbonise offshore energy and move the North Sea towards net zero.",
        "subsea-engineering:4 hydrogen:4 ccus:4 offshore-wind:3 digital-twins:3 industrial-decarbonisation:3",
        "hydrogen-ccus offshore", website="https://www.netzerotc.com"),
    lab("emec", "European Marine Energy Centre (EMEC)", "rto", "TLM2",
        "Orkney test centre with grid-connected sites for wave and tidal energy devices, also working on hydrogen produced from renewables.",
        "marine-energy:5 hydrogen:4 environmental-monitoring:3 offshore-wind:3",
        "offshore", founded=2003, website="https://www.emec.org.uk",
        facilities=["Grid-connected wave and tidal test sites", "Hydrogen production site"]),
    lab("dundee-drug-discovery-unit", "Drug Discovery Unit, University of Dundee", "university", "TLM0",
        "University of Dundee team that runs full drug discovery programmes, especially for neglected and infectious diseases.",
        "drug-discovery:5 medicinal-chemistry:5 antimicrobials:4 lab-automation:3",
        "life-sci"),
    # Northern Ireland
    lab("qub-amic", "Advanced Manufacturing Innovation Centre, Queen's University Belfast", "university", "TLN0",
        "Queen's University Belfast centre helping Northern Ireland manufacturers with composites, polymers, digital manufacturing and testing.",
        "composites:4 polymers:4 industrial-digitalisation:3 additive-manufacturing:3 aerospace-engineering:3",
        "adv-mfg", needs="robotics-and-automation:4"),
    lab("csit", "Centre for Secure Information Technologies (CSIT)", "university", "TLN0",
        "Queen's University Belfast centre for cyber security research and innovation, working closely with the region's security industry.",
        "cybersecurity:5 machine-learning:3 embedded-systems:3 chip-design:3",
        "digital-ai", website="https://www.csit.qub.ac.uk"),
    lab("niace", "Northern Ireland Advanced Composites and Engineering Centre", "rto", "TLN0",
        "Belfast centre where industry and universities develop and test composite and engineering technologies, especially for aerospace.",
        "composites:4 aerospace-engineering:3 non-destructive-testing:3 design-for-manufacture:3",
        "adv-mfg mobility"),
    lab("patrick-g-johnston-centre", "Patrick G Johnston Centre for Cancer Research, Queen's University Belfast", "university", "TLN0",
        "Queen's University Belfast cancer research centre known for precision medicine, molecular pathology and clinical trials.",
        "precision-medicine:5 genomics:4 in-vitro-diagnostics:3 immunology:3 clinical-trials:3",
        "life-sci health-tech"),
    lab("nibec", "Nanotechnology and Integrated Bioengineering Centre, Ulster University", "university", "TLN0",
        "Ulster University centre working on nanomaterials, biomaterials and sensors for health and industry.",
        "nanomaterials:4 biomaterials:4 mems-sensors:3 in-vitro-diagnostics:3",
        "materials-chem health-tech"),
]

# ---------------------------------------------------------------------------
# Synthetic firm clusters, modelled on the real regional clusters in the facts
# file. places: "ITL2:Town"; sectors: "letter:weight"; core skills are what
# firms in the cluster hold (first ones most often); needs are what they lack.
# ---------------------------------------------------------------------------
def cluster(key, theme, count, places, sectors, core, needs, nouns, kinds, domain, activities):
    return dict(key=key, theme=theme, count=count,
                places=[tuple(p.split(":")) for p in places.split("|")],
                sectors=[(s.split(":")[0], int(s.split(":")[1])) for s in sectors.split()],
                core=core.split(), needs=needs.split(), nouns=nouns.split("|"),
                kinds=kinds.split("|"), domain=domain, activities=activities)


CLUSTERS = [
    # North East
    cluster("ne-offshore", "offshore", 9, "TLC4:Blyth|TLC4:Newcastle upon Tyne|TLC4:North Shields|TLC4:Wallsend|TLC4:Sunderland",
            "C:5 M:2 D:1 H:1", "offshore-wind subsea-engineering composites non-destructive-testing corrosion welding-and-joining marine-autonomy power-electronics",
            "computer-vision digital-twins drones data-science", "Subsea|Offshore|Marine Engineering|Renewables|Blade Services|Cable Systems",
            "engineering firm|offshore services company|manufacturer", "offshore wind",
            ["inspects and repairs offshore wind turbine blades", "makes protection systems for subsea power cables",
             "designs and fabricates secondary steelwork for offshore wind foundations", "supplies corrosion protection for offshore structures",
             "builds power conversion equipment for offshore substations", "runs remote inspection campaigns for offshore wind farms"]),
    cluster("tees-netzero", "hydrogen-ccus", 9, "TLC3:Middlesbrough|TLC3:Redcar|TLC3:Stockton-on-Tees|TLC3:Hartlepool|TLC3:Billingham",
            "C:5 M:3 D:2 E:1", "hydrogen ccus chemical-engineering process-engineering catalysis industrial-decarbonisation flow-chemistry analytical-chemistry",
            "mlops computer-vision digital-twins energy-systems-modelling", "Process|Chemicals|Hydrogen|Carbon Solutions|Catalysts|Process Engineering",
            "process engineering firm|chemicals company|engineering consultancy", "low-carbon chemicals and hydrogen",
            ["designs low-carbon hydrogen production units for industrial sites", "develops catalysts for converting captured carbon dioxide into chemicals",
             "provides process safety and design services to chemical plants", "runs pilot trials of carbon capture on industrial exhaust gases",
             "makes speciality chemicals using continuous flow processes", "helps heavy industry switch from natural gas to hydrogen"]),
    cluster("ne-digital", "digital-ai", 9, "TLC4:Newcastle upon Tyne|TLC4:Sunderland|TLC4:Gateshead|TLC4:Durham",
            "J:7 M:2", "software-engineering cloud-computing cybersecurity data-engineering data-science ux-design game-development internet-of-things",
            "mlops computer-vision machine-learning generative-ai", "Digital|Software|Data|Labs|Cyber|Interactive",
            "software company|digital agency|data consultancy", "digital services",
            ["builds cloud software for public sector clients", "develops mobile apps for retailers and charities",
             "runs managed cyber security services for small businesses", "builds data platforms for manufacturers",
             "makes educational games and apps", "connects sensors in buildings to online dashboards"]),
    cluster("ne-bioprocess", "life-sci", 5, "TLC4:Sedgefield|TLC4:Newton Aycliffe|TLC3:Darlington|TLC4:Durham",
            "C:3 M:2", "bioprocessing biologics formulation gmp-manufacturing analytical-chemistry electronics-manufacturing",
            "mlops lab-automation pharmaceutical-regulatory", "Biologics|Bioprocess|Formulations|Life Sciences|Bio",
            "contract manufacturer|biotech company|laboratory services firm", "biologics manufacturing",
            ["develops purification steps for antibody medicines", "offers analytical testing for biologics developers",
             "formulates medicines and consumer products for clients", "prints flexible electronic sensors for medical devices"]),
    # North West
    cluster("gm-materials", "materials-chem", 8, "TLD3:Manchester|TLD3:Salford|TLD3:Trafford Park|TLD3:Oldham|TLD3:Rochdale|TLD3:Stockport",
            "C:6 M:3", "graphene-2d composites polymers coatings-surface nanomaterials materials-characterisation manufacturing-scale-up",
            "manufacturing-scale-up regulatory-compliance investment-readiness materials-modelling", "Materials|Advanced Materials|Coatings|Composites|Polymers|Nano",
            "materials company|manufacturer|spin-out", "advanced materials",
            ["adds graphene to concrete and asphalt to make them stronger", "makes functional coatings for textiles and packaging",
             "develops membranes for water filtration", "compounds recycled polymers for car parts", "supplies conductive inks for printed electronics"]),
    cluster("gm-digital", "digital-ai", 10, "TLD3:Manchester|TLD3:Salford|TLD3:Stockport|TLD3:Bolton",
            "J:8 K:1 M:1", "software-engineering artificial-intelligence machine-learning cybersecurity fintech cloud-computing data-science content-production ux-design",
            "generative-ai mlops cybersecurity quantum-computing", "Digital|AI|Data|Tech|Analytics|Cyber|Labs",
            "software company|AI start-up|digital agency", "digital and AI",
            ["builds AI tools that read and route customer emails", "develops fraud detection software for lenders",
             "creates streaming and media software for broadcasters", "offers penetration testing and cyber training",
             "builds analytics dashboards for housing associations", "develops payroll and HR software for SMEs"]),
    cluster("gm-health", "health-tech", 5, "TLD3:Manchester|TLD3:Salford|TLD3:Wigan",
            "Q:2 M:2 J:2 C:1", "health-data-science digital-health in-vitro-diagnostics precision-medicine medical-devices",
            "clinical-trials health-economics medical-device-regulation", "Health|Diagnostics|MedTech|Care|Health Analytics",
            "health technology company|diagnostics developer|clinical services firm", "health innovation",
            ["analyses anonymised patient records to find people at risk", "develops blood tests that guide cancer treatment",
             "builds apps that help patients manage long-term conditions", "makes devices for monitoring wound healing"]),
    cluster("cheshire-lifesci", "life-sci", 9, "TLD6:Alderley Park|TLD6:Macclesfield|TLD6:Crewe|TLD6:Chester|TLD6:Warrington|TLD6:Ellesmere Port",
            "M:5 C:4", "drug-discovery medicinal-chemistry analytical-chemistry synthetic-chemistry formulation antimicrobials lab-automation pharmaceutical-regulatory",
            "artificial-intelligence bioinformatics gmp-manufacturing investment-readiness", "Therapeutics|Discovery|Pharma|Chemistry|Biosciences|Labs",
            "drug discovery company|contract research organisation|chemistry services firm", "drug discovery",
            ["runs medicinal chemistry programmes for biotech clients", "develops new antibiotics against resistant bacteria",
             "makes small batches of drug candidates for early trials", "provides analytical chemistry for pharmaceutical firms",
             "develops inhaled medicines", "screens compound libraries for pharmaceutical partners"]),
    cluster("lcr-mfg", "adv-mfg", 8, "TLD7:Liverpool|TLD7:Birkenhead|TLD7:St Helens|TLD7:Knowsley|TLD7:Runcorn|TLD7:Widnes",
            "C:6 M:2", "industrial-digitalisation robotics-and-automation formulation process-engineering chemical-engineering maritime-engineering digital-twins lean-manufacturing",
            "high-performance-computing machine-learning hydrogen workforce-skills", "Manufacturing|Engineering|Automation|Process Solutions|Marine|Systems",
            "manufacturer|engineering firm|automation integrator", "manufacturing technologies",
            ["integrates robots into packaging lines", "makes household and personal care products", "repairs and refits ships on the Mersey",
             "builds digital models of chemical plants", "supplies precision glass products", "designs automated warehouses"]),
    cluster("lcr-infection", "life-sci", 4, "TLD7:Liverpool|TLD7:Speke",
            "M:3 C:1", "vaccines in-vitro-diagnostics antimicrobials clinical-trials bioprocessing",
            "gmp-manufacturing regulatory-compliance", "Biologics|Diagnostics|Vaccines|Bio",
            "biotech company|diagnostics developer", "infectious disease",
            ["develops rapid tests for tropical infections", "manufactures vaccine ingredients", "designs trials for new anti-infectives"]),
    cluster("lancs-aero", "adv-mfg", 6, "TLD4:Preston|TLD4:Samlesbury|TLD4:Blackburn|TLD4:Lancaster|TLD4:Burnley",
            "C:5 M:1", "aerospace-engineering composites precision-machining nuclear-fission systems-engineering metrology",
            "robotics-and-automation industrial-digitalisation cybersecurity", "Aerospace|Precision|Engineering|Aero Structures|Systems",
            "aerospace supplier|engineering firm|machine shop", "aerospace and nuclear fuel",
            ["machines parts for military and civil aircraft", "makes composite panels for aircraft interiors",
             "designs test equipment for nuclear fuel manufacture", "builds ground support equipment for aircraft"]),
    cluster("cumbria-nuclear", "nuclear", 5, "TLD1:Whitehaven|TLD1:Workington|TLD1:Barrow-in-Furness|TLD1:Carlisle|TLD1:Kendal",
            "M:3 C:2 E:1", "nuclear-decommissioning robotics-and-automation non-destructive-testing welding-and-joining nuclear-fission maritime-engineering",
            "autonomous-systems digital-twins", "Nuclear|Engineering|Decommissioning|Remote Systems",
            "engineering firm|nuclear services company", "nuclear",
            ["designs remote handling tools for decommissioning", "provides inspection services on nuclear sites",
             "fabricates containers for radioactive waste", "supplies engineering staff to submarine builders"]),
    # Yorkshire and The Humber
    cluster("sy-advmfg", "adv-mfg", 11, "TLE3:Sheffield|TLE3:Rotherham|TLE3:Barnsley|TLE3:Doncaster",
            "C:9 M:2", "precision-machining forging-and-casting advanced-metals additive-manufacturing metrology welding-and-joining robotics-and-automation non-destructive-testing nuclear-fission",
            "industrial-digitalisation digital-twins machine-learning collaborative-robotics", "Precision|Forge|Engineering|Metals|Additive|Machining|Castings",
            "engineering firm|machine shop|foundry|manufacturer", "advanced manufacturing",
            ["machines nickel-alloy parts for aerospace engines", "casts large steel components for the energy sector",
             "3D prints titanium parts for medical implants", "makes cutting tools for the metalworking industry",
             "welds pressure vessels for nuclear customers", "inspects safety-critical welds with ultrasound"]),
    cluster("wy-healthtech", "health-tech", 10, "TLE4:Leeds|TLE4:Bradford|TLE4:Wakefield|TLE4:Huddersfield|TLE4:Halifax",
            "J:4 Q:2 C:2 M:2", "digital-health health-data-science medical-devices telehealth medical-imaging in-vitro-diagnostics wearables medical-device-regulation",
            "clinical-trials health-economics public-procurement machine-learning", "Health|MedTech|Care|Diagnostics|Health Systems|Medical",
            "health technology company|medical device maker|digital health start-up", "health technology",
            ["builds remote monitoring for patients at home", "develops AI that helps radiologists read scans",
             "makes surgical instruments", "provides software for GP practices", "designs wearable sensors for physiotherapy",
             "develops tests for sepsis in emergency departments"]),
    cluster("wy-digital", "digital-ai", 7, "TLE4:Leeds|TLE4:Bradford|TLE4:Huddersfield|TLE4:Wakefield",
            "J:5 K:2", "fintech data-science software-engineering cybersecurity cloud-computing data-engineering artificial-intelligence",
            "generative-ai mlops", "Data|Digital|Fintech|Analytics|Software",
            "software company|fintech firm|data consultancy", "financial and data services",
            ["builds open banking apps", "provides credit risk analytics to lenders", "develops insurance claims software",
             "runs cloud migrations for building societies"]),
    cluster("humber-energy", "offshore", 9, "TLE1:Hull|TLE1:Grimsby|TLE1:Immingham|TLE1:Scunthorpe|TLE1:Goole|TLE1:Beverley",
            "C:4 D:2 H:2 M:1", "offshore-wind hydrogen ccus maritime-engineering logistics-optimisation industrial-decarbonisation subsea-engineering bioenergy",
            "digital-twins drones workforce-skills", "Offshore|Marine|Energy|Renewables|Logistics|Engineering",
            "offshore services company|engineering firm|logistics company", "offshore wind and industrial decarbonisation",
            ["runs crew transfer vessels for offshore wind farms", "plans port logistics for turbine installation",
             "designs hydrogen-ready burners for industrial plants", "maintains wind turbine gearboxes",
             "makes biofuel from food waste"]),
    cluster("ny-agrifood", "agri-food", 6, "TLE2:York|TLE2:Harrogate|TLE2:Malton|TLE2:Thirsk|TLE2:Selby|TLE2:Northallerton",
            "A:3 C:2 M:1", "food-science food-processing precision-agriculture animal-health food-safety crop-science alternative-proteins",
            "agri-robotics data-science life-cycle-assessment", "Foods|Agri|Farming|Food Tech|Feeds",
            "food manufacturer|agri-tech company|farm business", "agri-food",
            ["makes plant-based ready meals", "develops feed supplements for dairy cows", "provides soil and crop sensing for farmers",
             "bakes gluten-free products", "tests food for contamination"]),
    # East Midlands
    cluster("em-space", "space", 6, "TLF2:Leicester|TLF2:Loughborough|TLF2:Northampton",
            "C:3 M:2 J:1", "space-instrumentation earth-observation small-satellites space-systems-engineering remote-sensing geospatial-analysis",
            "photonics lasers satellite-communications", "Space|Orbital|Geo|Satellite Systems|Instruments",
            "space company|data analytics firm|instrument maker", "space",
            ["builds thermal imaging payloads for small satellites", "turns satellite imagery into crop and land reports",
             "tests spacecraft components for vibration", "maps ground movement from radar satellites"]),
    cluster("em-aero-rail", "mobility", 8, "TLF1:Derby|TLF1:Nottingham|TLF1:Long Eaton|TLF1:Chesterfield|TLF1:Mansfield",
            "C:7 M:1", "aerospace-engineering rail-engineering advanced-metals precision-machining systems-engineering additive-manufacturing power-electronics metrology",
            "lasers digital-twins industrial-digitalisation", "Engineering|Rail|Aero|Precision|Systems|Components",
            "engineering firm|rail supplier|aerospace supplier", "aerospace and rail engineering",
            ["machines turbine components for jet engines", "refurbishes train bogies", "designs power electronics for trains",
             "makes brackets and housings for aero engines", "inspects and maintains railway signalling"]),
    cluster("em-agrifood", "agri-food", 7, "TLF3:Lincoln|TLF3:Boston|TLF3:Spalding|TLF3:Grantham|TLF3:Louth",
            "A:3 C:3 H:1", "agri-robotics precision-agriculture food-processing crop-science logistics-optimisation food-safety controlled-environment-agriculture",
            "photonics computer-vision robotics-and-automation", "Growers|Fresh|Agri|Produce|Harvest|Foods",
            "grower|food processor|agri-tech company", "food and farming",
            ["grows and packs salad crops", "develops robots that pick broccoli", "runs cold-chain logistics for fresh produce",
             "processes frozen vegetables", "builds glasshouse climate control systems"]),
    cluster("em-medtech", "health-tech", 5, "TLF2:Loughborough|TLF2:Leicester|TLF1:Nottingham",
            "C:2 M:2 Q:1", "medical-devices wearables biomaterials in-vitro-diagnostics digital-health",
            "photonics medical-device-regulation clinical-trials", "Medical|Health|Bio|MedTech",
            "medical device maker|health technology company", "medical technology",
            ["designs orthopaedic implants", "develops wearable sensors for athletes and patients", "makes wound dressings",
             "builds breath tests for lung disease"]),
    # West Midlands
    cluster("wm-auto", "mobility", 11, "TLG3:Coventry|TLG3:Birmingham|TLG3:Solihull|TLG3:Wolverhampton|TLG1:Warwick|TLG1:Leamington Spa|TLG1:Redditch",
            "C:9 M:2", "electric-vehicles battery-technology power-electronics connected-autonomous-vehicles precision-machining lean-manufacturing industrial-digitalisation composites",
            "cybersecurity waste-recycling machine-learning", "Automotive|Powertrain|EV|Mobility|Engineering|Drive Systems",
            "automotive supplier|engineering consultancy|manufacturer", "automotive and electric vehicles",
            ["designs battery packs for commercial vehicles", "machines drivetrain parts", "builds motor controllers for electric vans",
             "tests driver-assistance software", "makes lightweight body panels", "converts diesel buses to electric"]),
    cluster("cw-immersive", "creative", 9, "TLG1:Leamington Spa|TLG1:Warwick|TLG3:Coventry|TLG1:Stratford-upon-Avon|TLG1:Nuneaton",
            "J:7 R:1 M:1", "game-development extended-reality real-time-3d animation immersive-audio ux-design virtual-production content-production",
            "generative-ai investment-readiness export-internationalisation", "Games|Studios|Interactive|Immersive|Pixel|Play",
            "games studio|immersive studio|creative agency", "games and immersive media",
            ["makes console and PC games", "builds VR training for engineers", "creates immersive theatre experiences",
             "produces game audio and music", "makes mobile puzzle games", "builds AR museum guides"]),
    cluster("wm-health", "health-tech", 5, "TLG3:Birmingham|TLG3:Wolverhampton|TLG3:Coventry",
            "M:2 Q:1 C:1 J:1", "in-vitro-diagnostics clinical-trials health-data-science medical-devices precision-medicine",
            "pharmaceutical-regulatory health-economics", "Diagnostics|Health|Clinical|Medical",
            "diagnostics developer|clinical research company|health technology company", "health diagnostics",
            ["develops tests for kidney disease", "runs early-phase clinical studies", "analyses hospital data to cut waiting times"]),
    cluster("wm-netzero", "energy-systems", 5, "TLG3:Birmingham|TLG3:Walsall|TLG2:Stoke-on-Trent|TLG3:Dudley",
            "D:2 M:2 F:1", "low-carbon-heat building-retrofit smart-grids hydrogen energy-systems-modelling",
            "data-science digital-twins workforce-skills", "Energy|Heat|Power|Retrofit|Grid",
            "energy company|building services firm|energy consultancy", "low-carbon energy",
            ["installs heat pumps in social housing", "designs heat networks for town centres", "runs smart charging for fleets",
             "plans retrofit programmes for councils"]),
    cluster("staffs-ceramics", "materials-chem", 6, "TLG2:Stoke-on-Trent|TLG2:Stafford|TLG2:Telford|TLG2:Burton upon Trent|TLG2:Shrewsbury",
            "C:6", "ceramics coatings-surface industrial-decarbonisation advanced-metals polymers food-processing",
            "hydrogen industrial-digitalisation life-cycle-assessment", "Ceramics|Materials|Tiles|Coatings|Kilns|Brewing",
            "manufacturer|materials company", "ceramics and materials",
            ["makes technical ceramics for electronics", "produces tableware and tiles", "applies wear-resistant coatings",
             "brews and cans beer", "moulds plastic parts for cars"]),
    # East of England
    cluster("cam-lifesci", "life-sci", 12, "TLH4:Cambridge|TLH4:Babraham|TLH4:Hinxton|TLH4:Great Abington",
            "M:9 C:2 J:1", "drug-discovery genomics bioinformatics biologics structural-biology synthetic-biology artificial-intelligence lab-automation in-vitro-diagnostics",
            "gmp-manufacturing machine-learning clinical-trials investment-readiness", "Therapeutics|Bio|Genomics|Biologics|Discovery|Sciences",
            "biotech company|start-up|research services company", "biotech",
            ["designs antibody drugs for autoimmune disease", "uses machine learning to design proteins", "sells single-cell sequencing services",
             "develops gene-editing tools", "engineers microbes to make ingredients", "develops cancer drugs that target DNA repair"]),
    cluster("cam-deeptech", "semis-photonics", 8, "TLH4:Cambridge|TLH4:St Ives|TLH4:Ely|TLH4:Huntingdon|TLH4:Peterborough",
            "J:4 C:3 M:1", "chip-design artificial-intelligence quantum-computing photonics embedded-systems machine-learning mems-sensors software-engineering",
            "semiconductor-packaging investment-readiness export-internationalisation", "Silicon|Quantum|Photonics|Semiconductor|Systems|Devices",
            "chip design company|deep-tech start-up|electronics company", "deep tech",
            ["designs low-power chips for sensors", "builds quantum computing control software", "makes optical sensors for industry",
             "develops edge AI processors", "designs radio chips for connected devices"]),
    cluster("stevenage-cgt", "life-sci", 7, "TLH2:Stevenage|TLH2:Welwyn Garden City|TLH2:Hatfield|TLH2:Hertford",
            "M:5 C:2", "cell-and-gene-therapy viral-vector-manufacturing gmp-manufacturing bioprocessing analytical-chemistry immunology",
            "lab-automation pharmaceutical-regulatory workforce-skills", "Therapeutics|Cell|Gene|Bio|Vectors",
            "cell therapy developer|contract manufacturer|biotech company", "cell and gene therapy",
            ["develops CAR-T cell therapies", "manufactures viral vectors for clients", "tests cell therapy products for release",
             "develops gene therapies for rare eye disease"]),
    cluster("east-agritech", "agri-food", 11, "TLH5:Norwich|TLH5:King's Lynn|TLH5:Thetford|TLH6:Ipswich|TLH6:Bury St Edmunds|TLH4:Wisbech",
            "A:5 C:3 M:2 J:1", "precision-agriculture crop-science agri-robotics food-processing controlled-environment-agriculture soil-science food-safety alternative-proteins microbiome",
            "computer-vision machine-learning life-cycle-assessment export-internationalisation", "Agri|Farm|Crop|Foods|Growers|Soil|Fields",
            "agri-tech company|grower|food manufacturer", "agri-tech and food",
            ["breeds disease-resistant wheat varieties", "runs vertical farms for salad leaves", "maps soil carbon for farmers",
             "develops robotic weeders", "makes plant-based proteins from peas", "processes sugar beet by-products"]),
    cluster("east-energy", "offshore", 7, "TLH6:Lowestoft|TLH5:Great Yarmouth|TLH6:Ipswich|TLH3:Harwich|TLH3:Chelmsford|TLH3:Colchester",
            "C:2 D:2 M:2 H:1", "offshore-wind nuclear-fission maritime-engineering logistics-optimisation subsea-engineering telecoms-5g",
            "digital-twins marine-autonomy workforce-skills", "Offshore|Marine|Energy|Port Services|Engineering",
            "offshore services company|engineering firm|port operator", "offshore wind and nuclear",
            ["operates service vessels for Southern North Sea wind farms", "supplies engineers to a nuclear new-build project",
             "builds private 5G networks for ports", "surveys the seabed before cable laying"]),
    # London
    cluster("ldn-ai-fintech", "digital-ai", 14, "TLI3:King's Cross|TLI4:Shoreditch|TLI4:City of London|TLI4:Canary Wharf|TLI3:Westminster|TLI4:Southwark",
            "J:9 K:4 M:1", "artificial-intelligence machine-learning generative-ai fintech natural-language-processing cybersecurity data-science cloud-computing distributed-ledger mlops",
            "quantum-computing high-performance-computing regulatory-compliance", "AI|Labs|Data|Pay|Capital Tech|Analytics|Intelligence",
            "AI company|fintech start-up|software company", "AI and fintech",
            ["builds language models for legal documents", "runs a payments platform for small merchants", "detects financial crime with machine learning",
             "builds AI assistants for customer service", "develops trading analytics", "offers identity verification software"]),
    cluster("ldn-lifesci", "life-sci", 10, "TLI3:King's Cross|TLI3:White City|TLI4:Whitechapel|TLI4:Southwark|TLI4:Stratford",
            "M:7 Q:2 C:1", "cell-and-gene-therapy genomics drug-discovery health-data-science immunology artificial-intelligence clinical-trials precision-medicine",
            "gmp-manufacturing viral-vector-manufacturing bioprocessing", "Therapeutics|Bio|Health|Genomics|Medicines",
            "biotech company|health data company|clinical research firm", "life sciences",
            ["develops T-cell therapies for solid tumours", "uses AI to find new drug targets", "analyses genomes for rare disease diagnosis",
             "runs decentralised clinical trials"]),
    cluster("ldn-creative", "creative", 9, "TLI3:Soho|TLI4:Shoreditch|TLI4:Hackney Wick|TLI7:Ealing|TLI5:Greenwich",
            "J:7 R:1 M:1", "visual-effects virtual-production animation game-development extended-reality immersive-audio content-production real-time-3d",
            "generative-ai high-performance-computing cloud-computing", "Studios|Pictures|VFX|Animation|Games|Sound",
            "visual effects studio|animation studio|games studio", "screen and creative",
            ["creates visual effects for feature films", "runs an LED volume stage for virtual production", "animates children's television series",
             "makes narrative games", "mixes immersive sound for film"]),
    cluster("ldn-mobility", "mobility", 6, "TLI7:Park Royal|TLI7:Hayes|TLI6:Croydon|TLI5:Barking|TLI4:Canary Wharf",
            "H:2 J:2 M:2", "transport-modelling logistics-optimisation electric-vehicles connected-autonomous-vehicles geospatial-analysis data-science",
            "drones digital-twins", "Mobility|Logistics|Transit|Fleet|Routes",
            "mobility start-up|logistics company|transport consultancy", "urban mobility",
            ["runs electric last-mile delivery", "models bus networks for transport authorities", "builds kerbside data platforms",
             "develops route planning for delivery fleets"]),
    cluster("ldn-cleantech", "energy-systems", 5, "TLI6:Croydon|TLI6:Sutton|TLI6:Kingston upon Thames|TLI5:Enfield|TLI5:Dagenham",
            "D:1 M:2 C:1 F:1", "building-retrofit low-carbon-heat smart-grids circular-economy life-cycle-assessment waste-recycling",
            "energy-systems-modelling workforce-skills", "Energy|Retrofit|Heat|Circular|Green",
            "retrofit contractor|clean-tech company|energy consultancy", "urban clean tech",
            ["retrofits Victorian terraces", "recycles construction waste", "designs heat networks for new estates", "measures embodied carbon in buildings"]),
    # South East
    cluster("harwell-space", "space", 10, "TLJ1:Harwell|TLJ1:Didcot|TLJ1:Abingdon|TLJ1:Oxford|TLJ1:Westcott",
            "C:4 M:3 J:3", "earth-observation satellite-communications small-satellites space-systems-engineering pnt space-instrumentation remote-sensing geospatial-analysis space-launch",
            "quantum-sensing artificial-intelligence export-internationalisation", "Space|Orbital|Satellite|Geo|Orbit Systems|Sky",
            "space company|satellite data company|spacecraft builder", "space",
            ["builds small satellites for Earth observation", "sells radar satellite data to insurers", "develops in-orbit servicing technology",
             "tests rocket engines", "provides satellite connectivity for ships", "builds resilient timing receivers"]),
    cluster("oxford-lifesci", "life-sci", 10, "TLJ1:Oxford|TLJ1:Abingdon|TLJ1:Milton Park|TLJ1:Harwell",
            "M:8 C:2", "cell-and-gene-therapy vaccines drug-discovery genomics viral-vector-manufacturing biologics in-vitro-diagnostics structural-biology",
            "gmp-manufacturing clinical-trials bioprocessing", "Therapeutics|Bio|Vaccines|Genomics|Biosciences",
            "biotech company|vaccine developer|diagnostics company", "life sciences",
            ["develops gene therapies for inherited disease", "designs vaccines against emerging viruses", "makes DNA sequencing devices",
             "develops antibody drugs", "provides viral vector process development"]),
    cluster("oxford-fusion-quantum", "nuclear", 6, "TLJ1:Culham|TLJ1:Abingdon|TLJ1:Oxford|TLJ1:Reading|TLJ1:Bracknell",
            "C:3 M:3", "fusion-energy quantum-computing quantum-sensing lasers photonics advanced-metals high-performance-computing",
            "manufacturing-scale-up robotics-and-automation investment-readiness", "Fusion|Quantum|Photonics|Plasma|Magnetics",
            "deep-tech start-up|engineering firm", "fusion and quantum",
            ["builds superconducting magnets for fusion machines", "develops trapped-ion quantum computers", "makes lasers for quantum sensors",
             "designs plasma-facing components"]),
    cluster("tvp-digital", "digital-ai", 6, "TLJ1:Reading|TLJ1:Slough|TLJ1:Bracknell|TLJ1:Milton Keynes|TLJ1:High Wycombe",
            "J:5 H:1", "cloud-computing cybersecurity software-engineering connected-autonomous-vehicles telecoms-5g data-engineering",
            "artificial-intelligence mlops", "Cloud|Digital|Networks|Systems|Data",
            "software company|network services company", "digital infrastructure",
            ["runs data centre services", "tests self-driving shuttles", "builds network security software", "develops fleet telematics"]),
    cluster("solent-marine", "environment", 8, "TLJ3:Southampton|TLJ3:Portsmouth|TLJ3:Cowes|TLJ3:Gosport|TLJ3:Fareham",
            "C:5 M:2 H:1", "maritime-engineering marine-autonomy composites subsea-engineering marine-science systems-engineering aerospace-engineering",
            "hydrogen autonomous-systems cybersecurity", "Marine|Maritime|Boats|Ocean|Subsea|Yachts",
            "boat builder|maritime engineering firm|marine technology company", "maritime",
            ["builds composite workboats", "develops uncrewed survey vessels", "designs electric ferries", "makes sonar systems",
             "maintains naval equipment"]),
    cluster("surrey-sussex", "space", 7, "TLJ2:Guildford|TLJ2:Brighton|TLJ2:Crawley|TLJ2:Chichester|TLJ2:Horsham",
            "J:4 C:2 M:1", "small-satellites telecoms-5g game-development rf-microwave cybersecurity space-systems-engineering extended-reality",
            "investment-readiness artificial-intelligence", "Space|Games|Networks|RF|Studios",
            "space company|games studio|telecoms company", "space, telecoms and games",
            ["builds small satellite subsystems", "designs antennas for 5G", "develops racing games", "makes secure radios"]),
    cluster("kent-horticulture", "agri-food", 6, "TLJ4:Canterbury|TLJ4:Sandwich|TLJ4:Maidstone|TLJ4:Ashford|TLJ4:Faversham",
            "A:2 M:2 C:2", "food-science crop-science drug-discovery controlled-environment-agriculture analytical-chemistry precision-agriculture",
            "agri-robotics life-cycle-assessment", "Growers|Fruit|Bio|Horticulture|Orchards",
            "grower|food company|life sciences company", "horticulture and life sciences",
            ["grows soft fruit under glass", "tests natural products for medicines", "breeds apple varieties", "makes fruit juices and ciders"]),
    # South West (no firm here holds hydrogen - a deliberate gap)
    cluster("bristol-aero", "adv-mfg", 9, "TLK5:Filton|TLK5:Bristol|TLK5:Yate|TLK7:Swindon|TLK7:Gloucester|TLK7:Cheltenham|TLK7:Chippenham",
            "C:8 M:1", "aerospace-engineering composites systems-engineering sustainable-aviation precision-machining design-for-manufacture additive-manufacturing non-destructive-testing",
            "hydrogen digital-twins power-electronics", "Aerospace|Aero|Composites|Engineering|Wings|Systems",
            "aerospace supplier|engineering consultancy|manufacturer", "aerospace",
            ["designs wing structures", "makes landing gear parts", "develops electric propulsion for small aircraft",
             "machines engine components", "inspects composite structures"]),
    cluster("bristol-digital", "digital-ai", 9, "TLK5:Bristol|TLK5:Bath|TLK5:Temple Quarter",
            "J:6 C:2 M:1", "chip-design artificial-intelligence machine-learning high-performance-computing robotics-and-automation embedded-systems software-engineering extended-reality",
            "semiconductor-packaging investment-readiness quantum-computing", "Silicon|AI|Robotics|Compute|Labs|Systems",
            "chip design company|AI start-up|robotics company", "silicon design and AI",
            ["designs AI accelerator chips", "builds robots for warehouse picking", "develops computer vision for drones",
             "writes compilers for new processors", "makes VR for surgical training"]),
    cluster("sw-marine", "environment", 10, "TLK4:Plymouth|TLK3:Falmouth|TLK4:Exeter|TLK6:Poole|TLK6:Portland|TLK4:Torquay",
            "C:5 M:3 H:1 A:1", "marine-autonomy maritime-engineering marine-science subsea-engineering offshore-wind environmental-monitoring aquaculture composites",
            "hydrogen data-science cybersecurity", "Marine|Ocean|Subsea|Maritime|Tide|Sea",
            "marine technology company|boat builder|environmental consultancy", "marine and maritime",
            ["builds autonomous survey boats", "designs moorings for floating wind", "farms mussels and seaweed", "makes ocean sensors",
             "surveys marine habitats", "develops low-emission fishing vessels"]),
    cluster("cornwall-minerals-space", "space", 5, "TLK3:Goonhilly|TLK3:Newquay|TLK3:Redruth|TLK3:Camborne|TLK3:Truro",
            "B:2 C:1 M:1 J:1", "critical-minerals geoscience satellite-communications earth-observation space-launch",
            "chemical-engineering life-cycle-assessment", "Minerals|Lithium|Space|Geo|Ground Station",
            "mining company|space company|geoscience consultancy", "critical minerals and space",
            ["extracts lithium from geothermal brines", "runs satellite ground station services", "surveys mineral deposits from the air",
             "processes china clay"]),
    cluster("glos-cyber", "digital-ai", 5, "TLK7:Cheltenham|TLK7:Gloucester|TLK7:Swindon|TLK7:Salisbury",
            "J:4 M:1", "cybersecurity software-engineering cloud-computing data-engineering machine-learning",
            "artificial-intelligence workforce-skills", "Cyber|Secure|Digital|Systems",
            "cyber security company|software company", "cyber security",
            ["provides security monitoring for utilities", "builds secure messaging", "trains cyber analysts"]),
    cluster("somerset-nuclear-aero", "nuclear", 5, "TLK6:Bridgwater|TLK6:Yeovil|TLK6:Taunton|TLK6:Dorchester",
            "C:4 M:1", "nuclear-fission welding-and-joining aerospace-engineering precision-machining project-management workforce-skills",
            "robotics-and-automation digital-twins", "Engineering|Fabrication|Aero|Nuclear|Precision",
            "fabricator|engineering firm", "nuclear and aerospace supply chain",
            ["fabricates steel for a nuclear power station build", "machines helicopter gearbox parts", "trains welders for nuclear work"]),
    # Wales (no organisation holds cell and gene therapy skills - a deliberate gap)
    cluster("sew-semis", "semis-photonics", 10, "TLL5:Newport|TLL5:Cardiff|TLL5:Caerphilly|TLL5:Bridgend|TLL5:Pontypridd",
            "C:8 M:2", "compound-semiconductors wafer-fabrication power-electronics rf-microwave photonics semiconductor-packaging mems-sensors electronics-manufacturing",
            "chip-design lasers workforce-skills export-internationalisation", "Semiconductors|Photonics|Wafers|Devices|Power Systems|Epi",
            "semiconductor company|electronics manufacturer", "compound semiconductors",
            ["grows epitaxial wafers for lasers", "makes silicon carbide power modules", "packages RF chips", "tests semiconductor wafers",
             "designs gallium nitride chargers"]),
    cluster("sww-netzero", "hydrogen-ccus", 8, "TLL4:Swansea|TLL4:Port Talbot|TLL4:Llanelli|TLL4:Milford Haven|TLL4:Neath|TLL4:Pembroke Dock",
            "C:4 D:2 M:2", "industrial-decarbonisation hydrogen advanced-metals ccus offshore-wind marine-energy solar-pv process-engineering",
            "energy-systems-modelling digital-twins workforce-skills", "Energy|Steel|Hydrogen|Marine|Industrial",
            "engineering firm|energy company|manufacturer", "net zero industry",
            ["coats steel for building cladding", "plans floating wind in the Celtic Sea", "builds hydrogen refuelling", "recycles steel scrap"]),
    cluster("wales-lifesci", "life-sci", 7, "TLL5:Cardiff|TLL4:Swansea|TLL5:Bridgend|TLL5:Newport",
            "M:4 C:2 Q:1", "in-vitro-diagnostics medical-devices digital-health health-data-science clinical-trials immunology",
            "cell-and-gene-therapy viral-vector-manufacturing gmp-manufacturing pharmaceutical-regulatory", "Bio|Diagnostics|Health|Medical|Therapeutics",
            "diagnostics company|biotech start-up|medical device maker", "life sciences",
            ["develops antibody tests for autoimmune disease", "makes point-of-care tests", "builds apps for diabetes care",
             "manufactures surgical devices"]),
    cluster("north-wales", "adv-mfg", 6, "TLL3:Deeside|TLL3:Wrexham|TLL3:Bangor|TLL3:Llangefni|TLL3:Llandudno",
            "C:4 D:1 M:1", "aerospace-engineering precision-machining nuclear-fission marine-energy composites food-processing",
            "robotics-and-automation industrial-digitalisation", "Engineering|Aero|Energy|Marine|Precision",
            "engineering firm|manufacturer|energy developer", "advanced manufacturing and energy",
            ["machines parts for aircraft wings", "develops tidal energy off Anglesey", "makes paper products", "supplies nuclear engineering services"]),
    # Scotland
    cluster("glasgow-space-photonics", "space", 9, "TLM3:Glasgow|TLM3:Paisley|TLM3:Hillington|TLM3:Renfrew",
            "C:5 J:2 M:2", "small-satellites space-systems-engineering photonics lasers quantum-sensing earth-observation rf-microwave satellite-communications",
            "manufacturing-scale-up export-internationalisation investment-readiness", "Space|Photonics|Orbital|Quantum|Optics|Lasers",
            "spacecraft builder|photonics company|quantum start-up", "space and photonics",
            ["builds nanosatellites", "makes lasers for quantum sensors", "develops hyperspectral cameras", "designs satellite radios"]),
    cluster("glasgow-advmfg", "adv-mfg", 5, "TLM3:Renfrew|TLM3:Glasgow|TLM3:Motherwell|TLM3:Clydebank",
            "C:5", "advanced-metals forging-and-casting additive-manufacturing precision-machining welding-and-joining industrial-digitalisation",
            "digital-twins robotics-and-automation", "Engineering|Forge|Metals|Precision|Fabrication",
            "engineering firm|machine shop", "advanced manufacturing",
            ["forges rings for aero engines", "fabricates steel for shipbuilding", "3D prints metal tooling"]),
    cluster("glasgow-health", "health-tech", 5, "TLM3:Glasgow|TLM3:Paisley|TLM3:Clydebank",
            "M:2 J:2 Q:1", "precision-medicine in-vitro-diagnostics health-data-science clinical-trials digital-health synthetic-chemistry",
            "artificial-intelligence medical-device-regulation", "Health|Diagnostics|Precision|Chem",
            "health technology company|diagnostics developer", "precision medicine",
            ["develops digital chemistry robots", "analyses patient data for trials", "makes tests for heart disease"]),
    cluster("edinburgh-digital", "digital-ai", 10, "TLM1:Edinburgh|TLM1:Livingston|TLM1:Leith|TLM1:Musselburgh",
            "J:7 K:2 M:1", "artificial-intelligence machine-learning data-science fintech natural-language-processing software-engineering cloud-computing cybersecurity high-performance-computing",
            "generative-ai mlops quantum-computing", "AI|Data|Analytics|Fintech|Software|Labs",
            "AI company|fintech firm|software company", "data and AI",
            ["builds speech technology", "develops investment analytics", "runs cloud data platforms", "builds chatbots for banks"]),
    cluster("aberdeen-energy", "hydrogen-ccus", 8, "TLM5:Aberdeen|TLM5:Dyce|TLM5:Westhill|TLM5:Peterhead|TLM5:Stonehaven",
            "B:2 C:3 M:2 D:1", "subsea-engineering offshore-wind hydrogen ccus marine-autonomy corrosion digital-twins geoscience",
            "industrial-decarbonisation machine-learning workforce-skills", "Subsea|Energy|Offshore|Well Services|Integrity",
            "subsea engineering firm|energy services company", "offshore energy transition",
            ["repurposes oil and gas pipelines for carbon storage", "builds remotely operated vehicles", "monitors corrosion on offshore platforms",
             "plans offshore hydrogen production"]),
    cluster("highlands-marine", "offshore", 6, "TLM2:Inverness|TLM2:Kirkwall|TLM2:Stornoway|TLM2:Thurso|TLM2:Oban|TLM2:Lerwick",
            "D:2 A:2 C:1 M:1", "marine-energy aquaculture marine-science offshore-wind space-launch environmental-monitoring",
            "satellite-communications hydrogen data-science", "Marine|Tidal|Salmon|Islands|Ocean",
            "marine energy developer|aquaculture company|environmental consultancy", "marine and islands",
            ["develops tidal turbines", "farms salmon and seaweed", "provides launch services from a northern spaceport", "monitors seabirds"]),
    cluster("dundee-games", "creative", 5, "TLM0:Dundee|TLM0:Perth|TLM0:Kirkcaldy",
            "J:5", "game-development real-time-3d animation ux-design immersive-audio",
            "generative-ai investment-readiness", "Games|Studios|Play|Interactive",
            "games studio|creative studio", "games",
            ["makes mobile strategy games", "builds game tools", "develops serious games for health"]),
    cluster("dundee-bio", "life-sci", 4, "TLM0:Dundee|TLM0:St Andrews",
            "M:4", "drug-discovery medicinal-chemistry lab-automation structural-biology",
            "artificial-intelligence investment-readiness", "Therapeutics|Discovery|Bio",
            "drug discovery company|biotech start-up", "drug discovery",
            ["develops protein degrader drugs", "runs screening services"]),
    cluster("scot-biomfg", "materials-chem", 5, "TLM1:Edinburgh|TLM1:Roslin|TLM3:Glasgow|TLM0:Dundee",
            "C:3 M:2", "industrial-biotechnology bioprocessing synthetic-biology sustainable-materials chemical-engineering alternative-proteins",
            "manufacturing-scale-up investment-readiness", "Bio|Biomaterials|Fermentation|Bioworks",
            "biotech company|bio-manufacturer", "bio-based manufacturing",
            ["ferments whisky by-products into chemicals", "makes bioplastics from seaweed", "produces proteins by precision fermentation"]),
    cluster("southern-scot", "agri-food", 4, "TLM9:Dumfries|TLM9:Galashiels|TLM9:Ayr|TLM9:Kilmarnock|TLM9:Hawick",
            "A:2 C:2", "animal-health food-processing natural-capital sustainable-materials precision-agriculture",
            "data-science life-cycle-assessment", "Farms|Foods|Timber|Woollens|Rural",
            "farm business|food manufacturer|timber company", "rural economy",
            ["processes timber from local forests", "makes cheese and dairy products", "weaves technical textiles"]),
    # Northern Ireland (no organisation holds robotics skills - a deliberate gap)
    cluster("ni-lifesci", "life-sci", 11, "TLN0:Belfast|TLN0:Craigavon|TLN0:Derry/Londonderry|TLN0:Newry|TLN0:Lisburn|TLN0:Coleraine",
            "M:5 C:3 Q:2 J:1", "in-vitro-diagnostics precision-medicine clinical-trials digital-health health-data-science medical-devices genomics biologics formulation",
            "gmp-manufacturing artificial-intelligence pharmaceutical-regulatory", "Diagnostics|Bio|Health|Pharma|Medical|Genomics",
            "diagnostics company|pharmaceutical services firm|health technology company", "life and health sciences",
            ["develops molecular tests for cancer", "runs clinical trial services", "formulates generic medicines", "builds digital tools for mental health",
             "makes medical device components"]),
    cluster("ni-cyber-fintech", "digital-ai", 7, "TLN0:Belfast|TLN0:Lisburn",
            "J:6 K:1", "cybersecurity software-engineering fintech cloud-computing data-science machine-learning",
            "generative-ai quantum-computing", "Cyber|Secure|Data|Fintech|Software",
            "cyber security company|fintech firm|software company", "cyber security and fintech",
            ["builds threat detection software", "develops compliance software for banks", "tests connected products for security flaws"]),
    cluster("ni-advmfg", "adv-mfg", 8, "TLN0:Belfast|TLN0:Ballymena|TLN0:Dungannon|TLN0:Cookstown|TLN0:Newtownabbey|TLN0:Enniskillen",
            "C:8", "aerospace-engineering composites precision-machining industrial-digitalisation welding-and-joining design-for-manufacture polymers electric-vehicles",
            "robotics-and-automation collaborative-robotics computer-vision", "Engineering|Aero|Fabrication|Precision|Plant",
            "engineering firm|manufacturer|aerospace supplier", "engineering and aerospace",
            ["builds mobile crushing and screening plant", "makes aircraft seats", "builds electric and hydrogen buses",
             "moulds plastic components", "fabricates steel for bridges"]),
]

# Deliberate gaps: in these ITL1 regions no organisation HAS the skills, while
# local organisations NEED them and local bottlenecks REQUIRE them.
GAPS = {
    "TLC": ["computer-vision", "mlops"],
    "TLL": ["cell-and-gene-therapy", "viral-vector-manufacturing"],
    "TLN": ["robotics-and-automation", "collaborative-robotics"],
    "TLF": ["photonics", "lasers"],
    "TLK": ["hydrogen"],
}

NAME_STEMS = {
    "TLC": ["Tyne", "Wear", "Tees", "Cheviot", "Coquet", "Wansbeck", "Skerne", "Derwent", "Allen", "Tweedmouth"],
    "TLD": ["Mersey", "Irwell", "Ribble", "Lune", "Weaver", "Bollin", "Roch", "Eden", "Crake", "Pendle", "Medlock"],
    "TLE": ["Aire", "Calder", "Don", "Wharfe", "Ouse", "Nidd", "Swale", "Rother", "Dearne", "Humber", "Ure", "Hull"],
    "TLF": ["Trent", "Soar", "Derwent", "Welland", "Witham", "Nene", "Dove", "Erewash", "Charnwood", "Sherwood", "Wreake"],
    "TLG": ["Severn", "Avon", "Tame", "Sowe", "Arrow", "Teme", "Lickey", "Wrekin", "Cannock", "Arden", "Leam"],
    "TLH": ["Cam", "Granta", "Wensum", "Yare", "Stour", "Orwell", "Lea", "Colne", "Chelmer", "Deben", "Waveney", "Ivel"],
    "TLI": ["Thames", "Fleet", "Wandle", "Brent", "Effra", "Tyburn", "Walbrook", "Ravensbourne", "Westbourne", "Quaggy"],
    "TLJ": ["Kennet", "Windrush", "Cherwell", "Itchen", "Meon", "Medway", "Arun", "Wey", "Blackwater", "Chiltern", "Loddon", "Thame"],
    "TLK": ["Tamar", "Exe", "Dart", "Fal", "Frome", "Parrett", "Mendip", "Quantock", "Cotswold", "Otter", "Teign", "Brue"],
    "TLL": ["Usk", "Taff", "Tawe", "Tywi", "Teifi", "Conwy", "Dyfi", "Clwyd", "Ebbw", "Rhondda", "Menai", "Cynon"],
    "TLM": ["Clyde", "Forth", "Tay", "Spey", "Nevis", "Lomond", "Tweed", "Kelvin", "Esk", "Ythan", "Cairn", "Leven", "Almond"],
    "TLN": ["Lagan", "Bann", "Foyle", "Mourne", "Sperrin", "Erne", "Strangford", "Neagh", "Moyola", "Braid", "Roe"],
}
NAME_MORPHS = ["bridge", "ford", "gate", "moor", "brook", "stone", "field", "wick", "holme", "mere", "side", "vale"]
NAME_FORMS = ["Ltd", "Ltd", "Limited", "", "", "", ""]  # plus "Group" for larger firms

THEME_DOMAIN = {
    "adv-mfg": "advanced manufacturing", "nuclear": "nuclear and fusion", "offshore": "offshore renewables",
    "hydrogen-ccus": "hydrogen and carbon capture", "materials-chem": "materials and chemistry", "life-sci": "life sciences",
    "health-tech": "health technology", "digital-ai": "data and AI", "space": "space", "semis-photonics": "semiconductors and photonics",
    "agri-food": "agri-food", "creative": "creative and immersive", "mobility": "transport and mobility",
    "environment": "marine and environment", "energy-systems": "energy systems",
}

THEME_FUNDERS = {  # research council / programme funders most likely to back a theme
    "adv-mfg": ["innovate-uk", "epsrc"], "nuclear": ["innovate-uk", "epsrc"], "offshore": ["innovate-uk", "epsrc", "nerc"],
    "hydrogen-ccus": ["innovate-uk", "epsrc"], "materials-chem": ["epsrc", "innovate-uk"],
    "life-sci": ["innovate-uk", "mrc", "wellcome", "bbsrc"], "health-tech": ["innovate-uk", "mrc", "esrc"],
    "digital-ai": ["innovate-uk", "epsrc", "esrc"], "space": ["innovate-uk", "stfc"], "semis-photonics": ["innovate-uk", "epsrc"],
    "agri-food": ["bbsrc", "innovate-uk"], "creative": ["ahrc", "innovate-uk"], "mobility": ["innovate-uk", "epsrc"],
    "environment": ["nerc", "innovate-uk"], "energy-systems": ["innovate-uk", "epsrc", "esrc"],
}

PROJECT_AIMS = {
    "adv-mfg": ["Adaptive machining of large aerospace castings", "Robotic finishing cells for small-batch manufacturers",
                "In-process inspection for additive manufactured parts", "A shared digital factory model for regional suppliers",
                "Right-first-time welding of thick-section components", "Low-cost automation for food and drink packers",
                "Recycled composite feedstock for structural parts", "Skills and tools for digital adoption in SME machine shops"],
    "nuclear": ["Remote handling tools for legacy waste retrieval", "Faster qualification of small modular reactor components",
                "Advanced steels for fusion power plant walls", "Robotic inspection inside high-radiation cells",
                "Modular manufacture of reactor pressure parts", "Superconducting magnet supply chain for fusion"],
    "offshore": ["Drone and crawler inspection of turbine blades", "Floating wind mooring monitoring", "Predictive maintenance for offshore wind drivetrains",
                 "Cable protection lifetime testing", "Tidal turbine array demonstration", "Port logistics for turbine installation",
                 "Low-carbon crew transfer vessels"],
    "hydrogen-ccus": ["Hydrogen fuel switching for industrial furnaces", "Carbon dioxide capture from cement kiln gas",
                      "Repurposing offshore pipelines for carbon storage", "Low-cost electrolyser stacks",
                      "Using captured carbon to make chemicals", "Hydrogen storage in depleted reservoirs"],
    "materials-chem": ["Graphene-enhanced concrete trials", "Robotic discovery of new battery electrolytes", "Bio-based replacements for fossil plastics",
                       "Scaling up sustainable coatings", "Continuous manufacture of speciality chemicals", "Recyclable membranes for water treatment"],
    "life-sci": ["Closed automated manufacture of CAR-T therapies", "Higher-yield viral vector production", "AI-guided antibody design",
                 "Genomic tests for early cancer detection", "New antibiotics against resistant infections", "Faster release testing for cell therapies",
                 "Decentralised trials for rare diseases", "Rapid vaccine manufacturing platform"],
    "health-tech": ["Remote monitoring for heart failure at home", "AI support for reading chest X-rays", "Point-of-care tests for sepsis",
                    "Digital therapies for long-term pain", "Wearable sensors for rehabilitation", "Safe sharing of health records for research",
                    "Technology to help older people live independently"],
    "digital-ai": ["Trustworthy language models for public services", "Machine learning to detect payment fraud", "Data skills for regional manufacturers",
                   "Secure cloud platforms for small firms", "Computer vision for quality control", "Open data infrastructure for regional growth",
                   "Cyber resilience for supply chains", "Energy-efficient AI training"],
    "space": ["Satellite monitoring of crop health", "Resilient timing without GNSS", "Low-cost small satellite platforms",
              "Radar monitoring of ground movement", "In-orbit servicing demonstration", "Space-based methane monitoring",
              "Hybrid rocket engine testing"],
    "semis-photonics": ["Gallium nitride power modules for electric vehicles", "Compound semiconductor lasers for data centres",
                        "Silicon carbide inverters for rail", "Photonic sensors for industrial monitoring",
                        "Quantum sensors for navigation", "Chip packaging for harsh environments"],
    "agri-food": ["Robotic weeding for vegetable crops", "Soil carbon measurement at farm scale", "Vertical farming energy efficiency",
                  "Disease-resistant wheat for eastern England", "Plant protein from UK pulses", "Cutting waste in fresh produce supply chains",
                  "Livestock health monitoring with sensors"],
    "creative": ["Virtual production for regional film crews", "Immersive heritage experiences", "VR training for engineering apprentices",
                 "Generative tools for game artists", "Spatial audio for live events", "Accessible game design"],
    "mobility": ["Battery packs for electric buses", "Connected vehicle trials on city streets", "Zero-emission last-mile delivery",
                 "Digital signalling for regional railways", "Lightweight structures for electric aircraft", "Electric drivetrains for off-highway vehicles"],
    "environment": ["Autonomous vessels for marine surveys", "Ocean sensors for fish farm health", "Flood forecasting for coastal towns",
                    "Electric and hybrid workboats", "Seagrass restoration monitoring", "Marine litter detection"],
    "energy-systems": ["Heat pump retrofit at street scale", "Smart local energy system for a business park", "Household flexibility for grid balancing",
                       "Solar buildings that store their own energy", "Second-life batteries for community storage", "Digital twin of a regional energy network"],
}

# Bottleneck wording per category: survey items, generic skills that help,
# title and description templates ({skill}, {domain}, {place}).
BOTTLENECK_CATEGORIES = {
    "finance": dict(
        sources=["UKIS:lack_of_internal_finance", "UKIS:lack_of_external_finance", "UKIS:difficulty_obtaining_public_grants"],
        generic=["investment-readiness", "grant-writing"],
        titles=["Cannot raise follow-on funding to scale a {domain} prototype", "No match funding for a {skill} pilot",
                "Lenders will not finance new {skill} equipment", "Grant rules rule out our {domain} demonstrator",
                "Cash flow too tight to fund {skill} development"],
        descs=["The business has a working prototype but investors want evidence of sales first, and public grants need match funding it does not have.",
               "Banks see the {domain} equipment as too specialised to lend against, so the upgrade has been put on hold.",
               "The team spends months on funding applications with little success and lacks someone experienced in bids and investor pitches."]),
    "cost_risk": dict(
        sources=["UKIS:costs_too_high", "UKIS:excessive_perceived_economic_risk"],
        generic=["project-management", "innovation-management"],
        titles=["Trials of {skill} cost too much for a firm our size", "Payback on {skill} too uncertain to commit",
                "Qualifying a new {domain} process is too costly to carry alone", "One failed {domain} trial could sink the business"],
        descs=["Testing the new approach needs expensive materials and machine time, and a failed trial would wipe out the year's margin.",
               "Customers will only switch after a long qualification, so the firm would carry the cost for years before any return.",
               "The directors see the {domain} opportunity but cannot share the technical risk with anyone."]),
    "skills": dict(
        sources=["UKIS:lack_of_skilled_employees"],
        generic=["workforce-skills"],
        titles=["Cannot recruit people experienced in {skill}", "Shortage of {skill} specialists around {place}",
                "Team lacks in-house {skill} expertise", "Graduates with {skill} skills leave the region"],
        descs=["Vacancies for {skill} roles stay open for months; local graduates with the right experience are rare and larger firms pay more.",
               "Existing staff have strong {domain} know-how but nobody has hands-on {skill} experience, and external training is hard to find.",
               "The firm needs {skill} skills to deliver a new contract and is relying on expensive contractors meanwhile."]),
    "knowledge": dict(
        sources=["UKIS:lack_of_information_on_technology", "UKIS:lack_of_access_to_external_knowledge", "UKIS:lack_of_information_on_markets"],
        generic=["technology-transfer", "market-research"],
        titles=["Unclear which {skill} approach suits our products", "Hard to keep up with research in {skill}",
                "No trusted source of advice on {skill}", "Little evidence on how {skill} performs in {domain}"],
        descs=["Suppliers give conflicting advice and the firm has no independent expert to help choose between {skill} options.",
               "Research results are published but hard to interpret and apply without a specialist partner.",
               "The team does not know which universities or centres are working on {skill} relevant to {domain}."]),
    "collaboration": dict(
        sources=["UKIS:lack_of_collaboration_partners"],
        generic=["technology-transfer", "project-management"],
        titles=["No research partner found for {skill} work", "Difficulty finding a {domain} partner for a joint demonstrator",
                "University contracts and IP terms slow down {skill} collaboration", "Cannot find local firms to co-develop {skill}"],
        descs=["The firm wants to co-develop a {skill} solution but has not found a lab or company with the right expertise nearby.",
               "Talks with a university stalled over IP terms and timescales that do not fit a small company.",
               "A funding call needs a consortium, and the firm does not know who else in the region works on {domain}."]),
    "absorptive_capacity": dict(
        sources=["UKIS:different_priorities_within_enterprise"],
        generic=["innovation-management", "industrial-digitalisation", "workforce-skills"],
        titles=["Day-to-day work leaves no time to take up {skill}", "Management priorities crowd out {domain} R&D",
                "No one in-house to turn {skill} ideas into projects", "Previous {skill} pilot never made it into operations"],
        descs=["Everyone is busy fulfilling orders, so nobody owns the innovation work and pilots stall after the first trial.",
               "The board focuses on short-term cost cutting, and the team lacks a structured way to choose and run R&D projects.",
               "A past trial showed promise but the firm could not absorb the change into its processes and systems."]),
    "facilities": dict(
        sources=[],
        generic=["manufacturing-scale-up"],
        titles=["No local access to {skill} test facilities", "Waiting lists for {domain} pilot-line time",
                "Own equipment cannot reach the scale needed for {skill} trials", "Nearest {skill} facility is too far and too expensive"],
        descs=["The firm needs short runs on specialist {skill} equipment that would cost millions to buy, and the nearest open-access facility is booked for months.",
               "Scaling up from bench to pilot needs kit and expertise the company does not have on site.",
               "Testing and certification rigs for {domain} products are scarce, so product launches slip."]),
    "infrastructure": dict(
        sources=[],
        generic=["smart-grids", "telecoms-5g"],
        titles=["Grid connection delays hold back {domain} site expansion", "Poor connectivity at our {place} site limits {skill}",
                "Port and road capacity constrains {domain} growth", "Unreliable power supply disrupts {skill} trials"],
        descs=["The network operator has quoted years for a larger electricity connection, delaying new equipment and electrified processes.",
               "Mobile and broadband coverage at the site is too weak for connected equipment and remote monitoring.",
               "Shared infrastructure in the area was not built for the volumes that {domain} growth needs."]),
    "market": dict(
        sources=["UKIS:uncertain_market_demand", "UKIS:too_much_competition", "UKIS:market_dominated_by_established_enterprises"],
        generic=["market-research", "export-internationalisation", "business-model-innovation"],
        titles=["Uncertain demand for new {domain} products", "Large incumbents dominate {domain} supply chains",
                "Customers reluctant to pay more for {skill}-based products", "Hard to win first public-sector customer for {skill}"],
        descs=["Potential buyers like the idea but will not commit to orders without a track record, and procurement rules favour established suppliers.",
               "A few large companies control access to {domain} customers, making it hard for a newcomer to get a foothold.",
               "The firm has not tested which customers would pay for the {skill} product or at what price."]),
    "regulation": dict(
        sources=["UKIS:need_to_meet_government_regulations"],
        generic=["regulatory-compliance"],
        titles=["Unclear route to approval for a {domain} product", "Certification for {skill} slows market entry",
                "Changing standards make {skill} design a moving target", "Regulatory evidence for {skill} too costly to generate"],
        descs=["The firm does not know which standards apply or what evidence regulators will expect, and consultants are expensive.",
               "Approval needs testing data that takes a year or more to collect, holding back sales.",
               "Rules differ between the UK and export markets, so products need redesigning for each."]),
    "good_work": dict(
        sources=[],
        generic=["workforce-skills", "lean-manufacturing"],
        titles=["High turnover among {domain} technicians", "Shift patterns make {domain} roles hard to fill",
                "Few training routes into {skill} jobs locally", "Retirements leave the {domain} workforce short-handed"],
        descs=["Staff leave for better-paid or more flexible jobs, and the firm spends heavily on recruiting and induction.",
               "Much of the practical knowledge sits with a few long-serving staff, and there is no plan to pass it on.",
               "The firm wants to offer better progression and training but lacks the structure and time to do it."]),
}
BOTTLENECK_MIX = {"skills": 5, "finance": 3, "cost_risk": 3, "knowledge": 2, "collaboration": 2, "facilities": 2,
                  "market": 2, "regulation": 2, "absorptive_capacity": 1, "infrastructure": 1, "good_work": 1}

SIZE_BANDS = [("micro", 2, 9, 30), ("small", 10, 49, 40), ("medium", 50, 249, 22), ("large", 250, 2500, 8)]
FOUNDED = {"micro": (2010, 2025), "small": (1995, 2023), "medium": (1970, 2019), "large": (1920, 2012)}
LEVELS = {"micro": (1, 4), "small": (2, 4), "medium": (2, 5), "large": (3, 5)}
BUSINESS_SKILLS = [slug for slug, _, _, _ in SKILLS["Business and commercialisation"]]
REGIONAL_FUNDER = {"TLM": "scottish-enterprise", "TLN": "invest-northern-ireland", "TLL": "welsh-government"}

# ===========================================================================
# Helpers
# ===========================================================================
def slugify(text):
    text = text.lower().replace("&", " and ").replace("'", "").replace("–", "-")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def phrase(name):
    """Skill name for use mid-sentence: lower-case unless it starts with an acronym."""
    if name == "Internet of Things" or (len(name) > 1 and name[1].isupper()):
        return name
    return name[0].lower() + name[1:]


def weighted_choice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def weighted_sample(rng, items, weights, k):
    items, weights, out = list(items), list(weights), []
    while items and len(out) < k:
        i = weighted_choice(rng, list(zip(range(len(items)), weights)))
        out.append(items.pop(i))
        weights.pop(i)
    return out


def random_date(rng, start, end):
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return datetime.date(d.year + y, m + 1, 1)


class Graph:
    """Collects records per file; each file is written nodes first, then relationships."""

    def __init__(self):
        self.files, self.labels = {}, {}

    def _file(self, f):
        return self.files.setdefault(f, {"nodes": [], "rels": []})

    def node(self, f, nid, label, props):
        props = {k: v for k, v in props.items() if v is not None and v != []}
        self.labels[nid] = label
        self._file(f)["nodes"].append({"type": "node", "id": nid, "labels": [label], "properties": props})

    def rel(self, f, rtype, start, end, props=None):
        self._file(f)["rels"].append({"type": "relationship", "label": rtype, "start": {"id": start},
                                      "end": {"id": end}, "properties": props or {}})

    def lines(self):
        for f in sorted(self.files):
            for rec in self.files[f]["nodes"] + self.files[f]["rels"]:
                yield f, json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


# ===========================================================================
# Builders
# ===========================================================================
def all_skills():
    return [(slug, name, cat, aliases, desc) for cat, rows in SKILLS.items() for slug, name, aliases, desc in rows]


def build_regions(g):
    f = "00-regions.jsonl"
    g.node(f, "region:UK", "Region", {"name": "United Kingdom", "level": "NATION", "gssCode": "K02000001"})
    for code, name, gss in ITL1:
        g.node(f, "region:" + code, "Region", {"name": name, "level": "ITL1", "code": code, "gssCode": gss,
                                               "goldenTriangle": code in GOLDEN_TRIANGLE})
    for code, name in ITL2:
        g.node(f, "region:" + code, "Region", {"name": name, "level": "ITL2", "code": code,
                                               "goldenTriangle": code in GOLDEN_TRIANGLE})
    for code, name in ITL3:
        g.node(f, "region:" + code, "Region", {"name": name, "level": "ITL3", "code": code})
    for slug, name, parents, _, _, _ in AUTHORITIES:
        g.node(f, "region:mca-" + slug, "Region", {"name": name, "level": "MCA"})
    for code, _, _ in ITL1:
        g.rel(f, "PART_OF", "region:" + code, "region:UK")
    for code, _ in ITL2:
        g.rel(f, "PART_OF", "region:" + code, "region:" + code[:3])
    for code, _ in ITL3:
        g.rel(f, "PART_OF", "region:" + code, "region:" + code[:4])
    for slug, _, parents, children, _, _ in AUTHORITIES:
        for p in parents:
            g.rel(f, "PART_OF", "region:mca-" + slug, "region:" + p)
        for c in children:
            g.rel(f, "PART_OF", "region:" + c, "region:mca-" + slug)
    for a, b in ITL1_BORDERS:
        g.rel(f, "BORDERS", "region:" + a, "region:" + b)
    for pair in ITL2_BORDERS:
        a, b = pair.split("-")
        g.rel(f, "BORDERS", "region:" + a, "region:" + b)


def funder_rows():
    rows = list(FUNDERS)
    itl2_names = dict(ITL2)
    for slug, name, _, _, home, website in AUTHORITIES:
        desc = (f"Devolved authority for its area, based in {itl2_names[home]}; it invests devolved and investment-zone "
                "funds in skills, transport and local innovation, and co-funds regional R&D partnerships.")
        if slug == "greater-london":
            desc = ("The Mayor of London and London Assembly's strategic authority; it funds skills, business support "
                    "and innovation programmes across the capital.")
        rows.append((slugify(name), name, "combined_authority", home, website, desc))
    return rows


def build_funders(g):
    f = "10-funders.jsonl"
    rows = funder_rows()
    for slug, name, kind, _, website, desc in rows:
        g.node(f, "funder:" + slug, "Funder", {"name": name, "description": desc, "kind": kind, "website": website})
    for slug, _, _, home, _, _ in rows:
        g.rel(f, "LOCATED_IN", "funder:" + slug, "region:" + home)


def related_pairs():
    pairs = {}
    for weight, group in RELATED_GROUPS:
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                key = tuple(sorted((a, b)))
                pairs[key] = max(pairs.get(key, 0), weight)
    return pairs


def build_skills(g):
    f = "20-skills.jsonl"
    for slug, name, cat, aliases, desc in all_skills():
        g.node(f, "skill:" + slug, "Skill", {"name": name, "category": cat, "description": desc, "aliases": aliases})
    for (a, b), w in related_pairs().items():
        g.rel(f, "RELATED_TO", "skill:" + a, "skill:" + b, {"weight": w})


def parse_levels(items):
    return {s.split(":")[0]: int(s.split(":")[1]) for s in items}


def build_labs(g):
    f = "30-labs.jsonl"
    orgs = []
    for lb in LABS:
        g.node(f, "lab:" + lb["slug"], "Lab", {
            "name": lb["name"], "description": lb["desc"], "kind": lb["kind"], "website": lb["website"],
            "founded": lb["founded"], "facilities": lb["facilities"], "openToCollaboration": lb["open"]})
        orgs.append(dict(id="lab:" + lb["slug"], label="Lab", name=lb["name"], itl2=lb["region"], itl1=lb["region"][:3],
                         themes=lb["themes"], cluster=None, place=dict(ITL2)[lb["region"]], kind=lb["kind"],
                         domain=THEME_DOMAIN[lb["themes"][0]],
                         has=parse_levels(lb["has"]), needs=parse_levels(lb["needs"])))
    write_org_rels(g, f, orgs)
    return orgs


def write_org_rels(g, f, orgs):
    for o in orgs:
        g.rel(f, "LOCATED_IN", o["id"], "region:" + o["itl2"])
    for o in orgs:
        for s, lvl in o["has"].items():
            g.rel(f, "HAS_SKILL", o["id"], "skill:" + s, {"level": lvl})
        for s, pr in o["needs"].items():
            g.rel(f, "NEEDS_SKILL", o["id"], "skill:" + s, {"priority": pr})


def firm_name(rng, itl1, nouns, used, size):
    for _ in range(200):
        stem = rng.choice(NAME_STEMS[itl1])
        base = stem if rng.random() < 0.45 else stem + rng.choice(NAME_MORPHS)
        core = f"{base} {rng.choice(nouns)}"
        if slugify(core) not in used:
            used.add(slugify(core))
            form = rng.choice(NAME_FORMS + (["Group"] if size in ("medium", "large") else []))
            return (core + " " + form).strip(), slugify(core)
    raise RuntimeError("could not find a free firm name in " + itl1)


def an(n):
    s = str(n)
    return "An" if s[0] == "8" or n in (11, 18) else "A"


def article(word):
    return "an" if word[0].lower() in "aeiou" else "a"


def firm_description(rng, c, kind, size, employees, town, founded, activity, needs_names):
    if size == "large":
        first = f"A large {kind} in {town} that {activity}, employing about {round(employees, -1):,} people."
    else:
        first = f"{an(employees)} {employees}-person {kind} in {town} that {activity}."
    extras = [f"Founded in {founded}, it sells mainly into the {c['domain']} supply chain.",
              "It exports to customers in Europe and North America.",
              "It grew out of a university research group.",
              "It works with local colleges to train apprentices.",
              f"It is one of a cluster of {c['domain']} businesses in the area."]
    if needs_names:
        extras += [f"It is looking for partners who can help with {phrase(needs_names[0])}.",
                   f"It wants to build up its {phrase(needs_names[0])} capability."]
    return first + " " + rng.choice(extras)


def build_firms(g, rng, lab_orgs):
    f = "40-firms.jsonl"
    skill_names = {s[0]: s[1] for s in all_skills()}
    used = {slugify(lb["name"]) for lb in LABS}
    orgs = []
    for c in CLUSTERS:
        for i in range(c["count"]):
            itl2, town = c["places"][i] if i < len(c["places"]) else rng.choice(c["places"])
            itl1 = itl2[:3]
            blocked = GAPS.get(itl1, [])
            size, lo, hi, _ = weighted_choice(rng, [(b, b[3]) for b in SIZE_BANDS])
            name, slug = firm_name(rng, itl1, c["nouns"], used, size)
            employees = rng.randint(lo, hi)
            founded = rng.randint(*FOUNDED[size])
            core = [s for s in c["core"] if s not in blocked]
            k = min(rng.randint(2, 6), len(core))
            has_list = weighted_sample(rng, core, [len(core) - j for j in range(len(core))], k)
            has = {s: rng.randint(*LEVELS[size]) for s in has_list}
            pool = [s for s in c["needs"] if s not in has] or [s for s in c["core"] if s not in has and s not in blocked]
            need_list = rng.sample(pool, min(rng.randint(1, 3), len(pool)))
            needs = {s: rng.randint(2, 5) for s in need_list}
            orgs.append(dict(id="firm:" + slug, label="Firm", name=name, itl2=itl2, itl1=itl1, themes=[c["theme"]],
                             cluster=c["key"], place=town, kind=rng.choice(c["kinds"]), has=has, needs=needs,
                             domain=c["domain"],
                             props=dict(name=name, sector=weighted_choice(rng, c["sectors"]), size=size,
                                        employees=employees, founded=founded,
                                        openToCollaboration=rng.random() < 0.9, synthetic=True),
                             activity=c["activities"][i % len(c["activities"])], cobj=c))
    ensure_gap_needs(rng, orgs)
    for o in orgs:
        p, c = o["props"], o.pop("cobj")
        desc = firm_description(rng, c, o["kind"], p["size"], p["employees"], o["place"], p["founded"], o.pop("activity"),
                                [skill_names[s] for s in o["needs"]])
        g.node(f, o["id"], "Firm", {"name": p["name"], "description": desc, "sector": p["sector"], "size": p["size"],
                                    "employees": p["employees"], "founded": p["founded"],
                                    "openToCollaboration": p["openToCollaboration"], "synthetic": True})
    write_org_rels(g, f, orgs)
    return orgs


def ensure_gap_needs(rng, firms):
    """At least three firms in each gap region need each gap skill (priority 4-5)."""
    for itl1, skills in GAPS.items():
        local = [o for o in firms if o["itl1"] == itl1]
        for s in skills:
            have = [o for o in local if s in o["needs"]]
            want = [o for o in local if s in o["cobj"]["needs"] and o not in have] + \
                   [o for o in local if s not in o["cobj"]["needs"] and o not in have]
            for o in want:
                if len(have) >= 3:
                    break
                if len(o["needs"]) >= 3:
                    removable = [n for n in o["needs"] if n not in skills]
                    if not removable:
                        continue
                    del o["needs"][removable[-1]]
                o["needs"][s] = rng.randint(4, 5)
                have.append(o)


def make_bottleneck(rng, o, category, skill_names, primary=None, used_titles=None):
    info = BOTTLENECK_CATEGORIES[category]
    technical = [s for s in list(o["needs"]) + list(o["has"]) if s not in BUSINESS_SKILLS]
    tech_needs = [s for s in o["needs"] if s not in BUSINESS_SKILLS]
    primary = primary or (rng.choice(tech_needs) if tech_needs and rng.random() < 0.8 else rng.choice(technical))
    required = [primary]
    extras = [s for s in list(o["needs"]) + info["generic"] if s not in required]
    for s in rng.sample(extras, min(len(extras), rng.randint(0, 2))):
        if s not in GAPS.get(o["itl1"], []) or s in o["needs"]:
            required.append(s)
    fill = dict(skill=phrase(skill_names[primary]), domain=o["domain"], place=o["place"])
    titles = list(info["titles"])
    rng.shuffle(titles)
    title = None
    for t in titles:
        cand = t.format(**fill)
        cand = cand[0].upper() + cand[1:]
        if cand not in used_titles:
            title = cand
            break
    if title is None:
        title = f"{titles[0].format(**fill)} ({o['place']})"
        title = title[0].upper() + title[1:]
        n = 2
        while title in used_titles:
            title, n = f"{titles[0].format(**fill)} ({o['place']}, case {n})", n + 1
    used_titles.add(title)
    who = "research centre" if o["label"] == "Lab" else o["kind"]
    desc = (f"Reported by {article(who)} {who} in {o['place']}. " + rng.choice(info["descs"]).format(**fill))
    return dict(title=title, description=desc, category=category, required=required,
                source=rng.choice(info["sources"]) if info["sources"] else None)


def build_bottlenecks(g, rng, orgs):
    f = "50-bottlenecks.jsonl"
    skill_names = {s[0]: s[1] for s in all_skills()}
    by_itl1 = {code: [o for o in orgs if o["itl1"] == code] for code, _, _ in ITL1}
    quotas = {code: max(8, round(len(v) * 0.26)) for code, v in by_itl1.items()}
    total = sum(quotas.values())
    cats = [c for c in BOTTLENECK_CATEGORIES for _ in range(6)]
    mix = list(BOTTLENECK_MIX.items())
    cats += [weighted_choice(rng, mix) for _ in range(total - len(cats))]
    rng.shuffle(cats)
    plans = []
    for code, _, _ in ITL1:
        for o in rng.sample(by_itl1[code], quotas[code]):
            plans.append((o, cats.pop(), None))
    for itl1, skills in GAPS.items():  # dedicated gap bottlenecks
        for s in skills:
            needers = [o for o in by_itl1[itl1] if s in o["needs"]]
            for k, o in enumerate(needers[:2]):
                plans.append((o, ["skills", "collaboration", "facilities", "knowledge"][k + len(s) % 3], s))
    used_titles, bottlenecks = set(), []
    for n, (o, category, gap_skill) in enumerate(plans, start=1):
        b = make_bottleneck(rng, o, category, skill_names, primary=gap_skill, used_titles=used_titles)
        b["id"] = f"bottleneck:{o['itl2'].lower()}-{category.replace('_', '-')}-{n:03d}"
        b["facers"] = [o]
        mates = [m for m in orgs if m["itl2"] == o["itl2"] and m is not o and
                 (m.get("cluster") == o.get("cluster") or set(m["themes"]) & set(o["themes"]))]
        if mates and rng.random() < 0.35:
            b["facers"] += rng.sample(mates, min(len(mates), rng.randint(1, 2)))
        b["itl2"] = o["itl2"]
        b["severity"] = rng.randint(3, 5) if gap_skill else weighted_choice(rng, [(1, 1), (2, 2), (3, 4), (4, 3), (5, 2)])
        b["status"] = "open" if gap_skill else weighted_choice(rng, [("open", 68), ("in_progress", 22), ("resolved", 10)])
        b["reportedAt"] = random_date(rng, datetime.date(2023, 1, 1), datetime.date(2026, 10, 31)).isoformat()
        bottlenecks.append(b)
    for b in bottlenecks:
        g.node(f, b["id"], "Bottleneck", {"title": b["title"], "description": b["description"], "category": b["category"],
                                          "severity": b["severity"], "status": b["status"], "reportedAt": b["reportedAt"],
                                          "sourceItem": b["source"], "synthetic": True})
    for b in bottlenecks:
        g.rel(f, "LOCATED_IN", b["id"], "region:" + b["itl2"])
    for b in bottlenecks:
        for o in b["facers"]:
            g.rel(f, "FACES", o["id"], b["id"])
    for b in bottlenecks:
        for s in b["required"]:
            g.rel(f, "REQUIRES", b["id"], "skill:" + s)
    return bottlenecks


def authority_funder(itl2):
    for slug, name, _, children, home, _ in AUTHORITIES:
        if itl2 in children or itl2 == home:
            return slugify(name)
    return None


def build_projects(g, rng, orgs, bottlenecks, n_projects=84):
    f = "60-projects.jsonl"
    skill_names = {s[0]: s[1] for s in all_skills()}
    itl1_names = {c: n for c, n, _ in ITL1}
    by_theme = {}
    for o in orgs:
        for t in o["themes"]:
            by_theme.setdefault(t, []).append(o)
    faced = {}
    for b in bottlenecks:
        for o in b["facers"]:
            faced.setdefault(o["id"], []).append(b)
    aim_uses, projects = {}, []
    for i in range(n_projects):
        itl1 = ITL1[i % len(ITL1)][0]
        leads = [o for o in orgs if o["itl1"] == itl1]
        lead = rng.choice(leads)
        theme = rng.choice(lead["themes"])
        pool = [o for o in by_theme[theme] if o is not lead]
        local = [o for o in pool if o["itl1"] == itl1]
        remote = [o for o in pool if o["itl1"] != itl1]
        n = rng.choice([2, 3, 3, 4, 4, 5, 6])
        cross = (i % 2 == 0) or not local
        picks = []
        if cross:
            k = min(len(remote), 1 if n <= 3 else rng.randint(1, 2))
            picks += weighted_sample(rng, remote, [3 if o.get("cluster") == lead.get("cluster") else 1 for o in remote], k)
        rest = [o for o in local if o not in picks]
        picks += weighted_sample(rng, rest, [3 if o.get("cluster") == lead.get("cluster") else 1 for o in rest], n - 1 - len(picks))
        if not picks:
            picks = rng.sample(remote, 1)
        members = [lead] + picks
        # bottlenecks addressed: ones the participants face
        candidates = []
        for o in members:
            for b in faced.get(o["id"], []):
                if b not in candidates:
                    candidates.append(b)
        addressed = rng.sample(candidates, min(len(candidates), rng.choice([0, 1, 1, 2])))
        # skills used: required by addressed bottlenecks, then the most common among participants
        counts = {}
        for o in members:
            for s in o["has"]:
                counts[s] = counts.get(s, 0) + 1
        ranked = sorted(counts, key=lambda s: (-counts[s], rng.random()))
        uses = []
        for b in addressed:
            if b["required"][0] not in uses:
                uses.append(b["required"][0])
        k = rng.randint(2, 5)
        for s in ranked:
            if len(uses) >= k:
                break
            if s not in uses:
                uses.append(s)
        uses = uses[:5]
        # title, dates, money
        aims = PROJECT_AIMS[theme]
        aim = aims[aim_uses.get(theme, 0) % len(aims)]
        rounds = aim_uses.get(theme, 0) // len(aims)
        aim_uses[theme] = aim_uses.get(theme, 0) + 1
        title = aim if rounds == 0 else f"{aim}: {itl1_names[itl1]} phase {rounds + 1}"
        start = random_date(rng, datetime.date(2021, 1, 1), datetime.date(2027, 6, 30)).replace(day=1)
        end = add_months(start, rng.randint(12, 48)) - datetime.timedelta(days=1)
        status = "planned" if start > TODAY else ("completed" if end < TODAY else "active")
        budget = rng.randint(150, 1500) * 1000 * (1 + 0.3 * (len(members) - 2))
        if rng.random() < 0.1:
            budget = rng.randint(3000, 12000) * 1000
        budget = int(round(budget, -3))
        funders = THEME_FUNDERS[theme]
        primary = "innovate-uk" if lead["label"] == "Firm" and rng.random() < 0.6 else rng.choice(funders)
        funds = [(primary, int(round(budget * rng.uniform(0.45, 0.8), -3)))]
        if rng.random() < 0.45:
            second = REGIONAL_FUNDER.get(itl1) or authority_funder(lead["itl2"])
            if second is None:
                others = [x for x in funders if x != primary]
                second = rng.choice(others) if others else None
            if second and second != primary:
                funds.append((second, int(round(budget * rng.uniform(0.1, 0.2), -3))))
        partner_names = ", ".join(o["name"] for o in picks)
        desc = (f"{aim}. A {len(members)}-partner {THEME_DOMAIN[theme]} project led by {lead['name']} "
                f"({lead['place']}) with {partner_names}. It draws on "
                + ", ".join(phrase(skill_names[s]) for s in uses) + ".")
        if addressed:
            desc += " It responds to problems partners have reported, such as: " + addressed[0]["title"].lower() + "."
        slug = slugify(title)[:70].strip("-")
        pid = f"project:{slug}"
        if any(p["id"] == pid for p in projects):
            pid = f"project:{slug}-{i + 1}"
        projects.append(dict(id=pid, title=title, description=desc, status=status, startDate=start.isoformat(),
                             endDate=end.isoformat(), budgetGbp=budget, itl2=lead["itl2"], members=members,
                             uses=uses, funds=funds, addressed=addressed, theme=theme))
    for p in projects:
        g.node(f, p["id"], "Project", {"title": p["title"], "description": p["description"], "status": p["status"],
                                       "startDate": p["startDate"], "endDate": p["endDate"], "budgetGbp": p["budgetGbp"],
                                       "synthetic": True})
    for p in projects:
        g.rel(f, "LOCATED_IN", p["id"], "region:" + p["itl2"])
        for j, o in enumerate(p["members"]):
            g.rel(f, "PARTICIPATES_IN", o["id"], p["id"], {"role": "lead" if j == 0 else "partner"})
        for s in p["uses"]:
            g.rel(f, "USES_SKILL", p["id"], "skill:" + s)
        for fid, amount in p["funds"]:
            g.rel(f, "FUNDS", "funder:" + fid, p["id"], {"amountGbp": amount})
        for b in p["addressed"]:
            g.rel(f, "ADDRESSES", p["id"], b["id"])
    return projects


# ===========================================================================
# Validation against graph-schema/schema.json (on the exact lines written)
# ===========================================================================
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_value(spec, value):
    t = spec["type"]
    if t == "string":
        if not isinstance(value, str):
            return "must be a string"
        if len(value) > spec.get("maxLength", 10 ** 9):
            return "longer than maxLength"
        if "values" in spec and value not in spec["values"]:
            return f"not one of {spec['values']}"
        if spec.get("format") == "url" and not URL_RE.match(value):
            return "not an http(s) URL"
    elif t == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return "must be an integer"
    elif t == "number":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return "must be a number"
    elif t == "boolean":
        if not isinstance(value, bool):
            return "must be a boolean"
    elif t == "date":
        if not isinstance(value, str) or not DATE_RE.match(value):
            return "must be a yyyy-mm-dd date"
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return "not a real date"
    elif t == "stringList":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "must be a list of strings"
        if len(value) > spec.get("maxItems", 10 ** 9):
            return "more than maxItems"
        if any(len(v) > spec.get("maxLength", 10 ** 9) for v in value):
            return "an item is longer than maxLength"
    else:
        return f"unknown schema type {t}"
    if t in ("integer", "number"):
        if "min" in spec and value < spec["min"]:
            return f"below min {spec['min']}"
        if "max" in spec and value > spec["max"]:
            return f"above max {spec['max']}"
    return None


def check_props(where, specs, props, errors):
    for key, spec in specs.items():
        if spec.get("required") and key not in props:
            errors.append(f"{where}: missing required property {key}")
    for key, value in props.items():
        if key not in specs:
            errors.append(f"{where}: unknown property {key}")
            continue
        problem = check_value(specs[key], value)
        if problem:
            errors.append(f"{where}: {key} {problem}")
        nb = specs[key].get("notBefore")
        if nb and nb in props and isinstance(value, str) and value < props[nb]:
            errors.append(f"{where}: {key} is before {nb}")


def validate(lines, schema):
    errors, labels, rel_keys = [], {}, set()
    node_keys = ["type", "id", "labels", "properties"]
    rel_keys_order = ["type", "label", "start", "end", "properties"]
    for lineno, (fname, line) in enumerate(lines, start=1):
        where = f"{fname} (line {lineno} overall)"
        rec = json.loads(line)
        if rec.get("type") == "node":
            if list(rec) != node_keys:
                errors.append(f"{where}: node keys out of order")
            nid, lab = rec["id"], rec["labels"]
            if not isinstance(nid, str) or not nid or len(nid) > schema["id"]["maxLength"]:
                errors.append(f"{where}: bad id {nid!r}")
            if len(lab) != 1 or lab[0] not in schema["nodes"]:
                errors.append(f"{where}: bad labels {lab}")
                continue
            if nid in labels:
                errors.append(f"{where}: id {nid} defined twice (as {labels[nid]} and {lab[0]})")
            labels[nid] = lab[0]
            check_props(f"{where} {nid}", schema["nodes"][lab[0]]["properties"], rec["properties"], errors)
        elif rec.get("type") == "relationship":
            if list(rec) != rel_keys_order:
                errors.append(f"{where}: relationship keys out of order")
            rtype, s, e = rec["label"], rec["start"]["id"], rec["end"]["id"]
            spec = schema["relationships"].get(rtype)
            if spec is None:
                errors.append(f"{where}: unknown relationship type {rtype}")
                continue
            for end_id, allowed, side in ((s, spec["from"], "start"), (e, spec["to"], "end")):
                if end_id not in labels:
                    errors.append(f"{where}: {rtype} {side} {end_id} not defined on an earlier line")
                elif labels[end_id] not in allowed:
                    errors.append(f"{where}: {rtype} {side} {end_id} is a {labels[end_id]}, expected {allowed}")
            key = (s, rtype, e)
            if key in rel_keys or (not spec["directed"] and (e, rtype, s) in rel_keys):
                errors.append(f"{where}: duplicate relationship {key}")
            if s == e:
                errors.append(f"{where}: self relationship {key}")
            rel_keys.add(key)
            check_props(f"{where} {rtype}", spec["properties"], rec["properties"], errors)
        else:
            errors.append(f"{where}: unknown record type")
    return errors


# ===========================================================================
# Content checks (the brief's minimums and the deliberate gaps)
# ===========================================================================
def check_content(g, orgs, bottlenecks, projects):
    problems = []

    def need(cond, msg):
        if not cond:
            problems.append(msg)

    recs = [json.loads(l) for _, l in g.lines()]
    nodes = {r["id"]: r for r in recs if r["type"] == "node"}
    rels = [r for r in recs if r["type"] == "relationship"]
    count = lambda lab: sum(1 for r in nodes.values() if r["labels"][0] == lab)
    rcount = lambda t: sum(1 for r in rels if r["label"] == t)
    need(count("Skill") >= 130, "fewer than 130 skills")
    need(10 <= len(SKILLS) <= 14, "skill categories outside 10-14")
    need(rcount("RELATED_TO") >= 150, "fewer than 150 RELATED_TO")
    need(all(0.3 <= r["properties"]["weight"] <= 0.9 for r in rels if r["label"] == "RELATED_TO"), "weight outside 0.3-0.9")
    need(count("Lab") >= 45, "fewer than 45 labs")
    need(count("Firm") >= 320, "fewer than 320 firms")
    need(count("Bottleneck") >= 120, "fewer than 120 bottlenecks")
    need(count("Project") >= 70, "fewer than 70 projects")
    firms = [o for o in orgs if o["label"] == "Firm"]
    for code, _, _ in ITL1:
        need(sum(1 for o in firms if o["itl1"] == code) >= 12, f"fewer than 12 firms in {code}")
        need(any(b["itl2"][:3] == code for b in bottlenecks), f"no bottleneck in {code}")
        need(any(o["itl1"] == code for p in projects for o in p["members"]), f"no project participant in {code}")
    bands = {"micro": (0, 9), "small": (10, 49), "medium": (50, 249), "large": (250, 10 ** 7)}
    for o in firms:
        lo, hi = bands[o["props"]["size"]]
        need(lo <= o["props"]["employees"] <= hi, f"{o['id']} size/employees mismatch")
        need(2 <= len(o["has"]) <= 6 and 1 <= len(o["needs"]) <= 3, f"{o['id']} skill counts")
        need(not set(o["has"]) & set(o["needs"]), f"{o['id']} needs a skill it has")
    for o in orgs:
        if o["label"] == "Lab":
            need(3 <= len(o["has"]) <= 8, f"{o['id']} should have 3-8 skills")
    cats = {}
    for b in bottlenecks:
        cats[b["category"]] = cats.get(b["category"], 0) + 1
        need(1 <= len(b["facers"]) <= 3 and 1 <= len(b["required"]) <= 4, f"{b['id']} facers/requires count")
        need(b["itl2"] == b["facers"][0]["itl2"], f"{b['id']} not located with its facer")
    need(len(cats) == 11 and min(cats.values()) >= 5, f"bottleneck categories {cats}")
    cross = 0
    for p in projects:
        need(2 <= len(p["members"]) <= 6, f"{p['id']} participant count")
        need(2 <= len(p["uses"]) <= 5 and 1 <= len(p["funds"]) <= 2 and len(p["addressed"]) <= 2, f"{p['id']} link counts")
        need(sum(a for _, a in p["funds"]) <= p["budgetGbp"], f"{p['id']} funded above budget")
        cross += len({o["itl1"] for o in p["members"]}) > 1
    need(cross * 3 >= len(projects), f"only {cross} cross-region projects")
    for itl1, skills in GAPS.items():
        for s in skills:
            need(not any(o["itl1"] == itl1 and s in o["has"] for o in orgs), f"gap {itl1}/{s}: someone has it")
            need(any(o["itl1"] == itl1 and s in o["needs"] for o in orgs), f"gap {itl1}/{s}: nobody needs it")
            need(any(b["itl2"][:3] == itl1 and s in b["required"] for b in bottlenecks), f"gap {itl1}/{s}: no bottleneck")
    return problems


# ===========================================================================
# README
# ===========================================================================
def write_readme(g, orgs, bottlenecks, projects):
    recs = [json.loads(l) for _, l in g.lines()]
    per_file = {}
    for fname, _ in g.lines():
        per_file[fname] = per_file.get(fname, 0) + 1
    labels, types = {}, {}
    for r in recs:
        if r["type"] == "node":
            labels[r["labels"][0]] = labels.get(r["labels"][0], 0) + 1
        else:
            types[r["label"]] = types.get(r["label"], 0) + 1
    level_counts = {}
    for r in recs:
        if r["type"] == "node" and r["labels"][0] == "Region":
            lv = r["properties"]["level"]
            level_counts[lv] = level_counts.get(lv, 0) + 1
    skill_names = {s[0]: s[1] for s in all_skills()}
    itl1_names = {c: n for c, n, _ in ITL1}
    cross = sum(1 for p in projects if len({o["itl1"] for o in p["members"]}) > 1)
    out = ["# Seed data", "",
           "The seed graph that a fresh InnovationNetwork instance loads: the UK's regions, real funders and research labs, "
           "a skills taxonomy, and a synthetic population of firms, innovation bottlenecks and projects laid over the real "
           "regional clusters.", "",
           "Rebuild (standard library only, deterministic - two runs give byte-identical files):", "",
           "```", "python3 seed/tools/build_seed.py", "```", "",
           "The script validates every line against `graph-schema/schema.json` (required properties, types, allowed values, "
           "ranges, URL and date formats, endpoint labels, endpoints defined on earlier lines, no id defined twice, no duplicate "
           "relationship, undirected pairs written once) and checks the content rules below; it writes nothing if a check fails.", "",
           "## Files", "", "Loaded in name order, in one transaction. Each file holds its nodes, then relationships whose endpoints already exist.", "",
           "| file | lines |", "|---|---|"]
    out += [f"| `{f}` | {n} |" for f, n in sorted(per_file.items())]
    out += ["", "## Counts", "", "| node label | count |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in labels.items()]
    out += ["", "Regions by level: " + ", ".join(f"{k} {v}" for k, v in level_counts.items()) + ".", "",
            "| relationship type | count |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in sorted(types.items())]
    out += ["", f"{cross} of {len(projects)} projects have participants from two or more ITL1 regions.", "",
            "## What is real and what is synthetic", "",
            "**Real (curated tables in the script; names, codes and places are facts, descriptions are our own words):**", "",
            "- Regions: the UK, the 12 ITL1 regions with their GSS codes, the ITL2 regions of the 2025 edition, a dozen ITL3 "
            "areas listed in the reference facts, and the mayoral and combined authorities (level `MCA`). Each ITL2 is `PART_OF` "
            "its ITL1; each authority is `PART_OF` its ITL1 (Greater Lincolnshire, which spans East Midlands and Yorkshire and The Humber, is `PART_OF` the UK only: a region is only ever `PART_OF` one that wholly contains it, so \"in region R\" never leaks across regions); "
            "every ITL2 lying wholly inside an authority is also `PART_OF` that authority, so \"in this authority\" queries find "
            "organisations. `goldenTriangle` is true on TLI, TLJ1 and TLH4 only. `BORDERS` links ITL1 regions with a land border "
            "and neighbouring ITL2 regions (within and across ITL1s).",
            "- Funders: UKRI and its councils, Innovate UK, Research England, the British Business Bank, Wellcome, Scottish "
            "Enterprise, Invest Northern Ireland, the Welsh Government and every authority above (kind `combined_authority`).",
            f"- Labs: {labels.get('Lab', 0)} real Catapult and HVMC centres, national institutes, facilities and university centres, "
            "each in its real ITL2 region, with the skills it is known for. `founded` and `website` are given only where certain.",
            "- Skills: a taxonomy of " + str(labels.get("Skill", 0)) + f" skills in {len(SKILLS)} categories with aliases "
            "(abbreviations and other names people type) and weighted `RELATED_TO` links. No `escoUri` is set (we did not "
            "want to guess ESCO identifiers).", "",
            "**Synthetic (`\"synthetic\": true`):** every Firm, Bottleneck and Project. Firm names are invented from river and "
            "landscape names plus a trade word; any resemblance to a real company is accidental. Firms are generated in "
            f"{len(CLUSTERS)} clusters that mirror the real regional strengths (advanced manufacturing and nuclear in South "
            "Yorkshire and the West Midlands, offshore wind in the Humber, North East and Scotland, life sciences and cell and "
            "gene therapy around Cambridge, Oxford, London, Stevenage and Cheshire, space at Harwell, Leicester and Glasgow, "
            "digital/AI/fintech in London, Manchester, Leeds, Bristol and Edinburgh, compound semiconductors in South East Wales, "
            "agri-tech in Norfolk and Lincolnshire, marine in the South West, health tech in West Yorkshire, games and immersive "
            "in Coventry and Warwickshire, life and health sciences in Northern Ireland). Bottlenecks follow the UK Innovation "
            "Survey hampering factors (`sourceItem` such as `UKIS:lack_of_skilled_employees` where one fits) and are located in "
            "the ITL2 of the organisation that faces them. Projects mostly join labs and firms of the same theme; lead = the "
            "project's location.", "",
            "## Deliberate gaps", "",
            "For gap analytics to find: in each of these ITL1 regions no organisation `HAS_SKILL` the skill, while local "
            "organisations `NEEDS_SKILL` it and local bottlenecks `REQUIRES` it.", "",
            "| ITL1 region | missing skills | local needers | local bottlenecks requiring |", "|---|---|---|---|"]
    for itl1, skills in GAPS.items():
        needers = sum(1 for o in orgs if o["itl1"] == itl1 and set(skills) & set(o["needs"]))
        bns = sum(1 for b in bottlenecks if b["itl2"][:3] == itl1 and set(skills) & set(b["required"]))
        out.append(f"| {itl1} {itl1_names[itl1]} | {', '.join(phrase(skill_names[s]) for s in skills)} | {needers} | {bns} |")
    out += ["", "## Known uncertainties", "",
            "- Scottish ITL2 codes (TLM0, TLM1, TLM2, TLM3, TLM5, TLM9) follow the reference facts, which mark them as least "
            "certain; the borders drawn between Scottish ITL2s are a small, conservative set.",
            "- ITL3 codes come from third-party copies of the ITL 2025 list.",
            "- Devon and Torbay CCA: TLK4 (Devon) is not `PART_OF` it, because Plymouth (in TLK4) is not a member; organisations in Devon are not found under the authority.",
            "- Hull and East Yorkshire CA has no ITL2 wholly inside it (TLE1 also covers North and North East Lincolnshire), "
            "so nothing is `PART_OF` it yet.",
            "- Cheshire and Warrington and Cumbria combined authorities are included as established in February 2026.",
            "- Sci-Tech Daresbury (Hartree Centre) is in Halton, placed in TLD7 Merseyside; MTC (Ansty Park) and UKBIC "
            "(Baginton) are placed in Warwickshire (TLG1), WMG in Coventry (TLG3).",
            "- Research England is placed with the other UKRI councils in Swindon (TLK7).", ""]
    with open(os.path.join(SEED_DIR, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


# ===========================================================================
def main():
    rng = Random(RNG_SEED)
    with open(SCHEMA_PATH, encoding="utf-8") as fh:
        schema = json.load(fh)
    g = Graph()
    build_regions(g)
    build_funders(g)
    build_skills(g)
    labs = build_labs(g)
    firms = build_firms(g, rng, labs)
    orgs = labs + firms
    bottlenecks = build_bottlenecks(g, rng, orgs)
    projects = build_projects(g, rng, orgs, bottlenecks)
    lines = list(g.lines())
    errors = validate(lines, schema) + check_content(g, orgs, bottlenecks, projects)
    if errors:
        for e in errors[:200]:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    for f in g.files:
        with open(os.path.join(SEED_DIR, f), "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(line + "\n" for name, line in lines if name == f)
    write_readme(g, orgs, bottlenecks, projects)
    print(f"wrote {len(g.files)} files, {len(lines)} lines to {SEED_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
