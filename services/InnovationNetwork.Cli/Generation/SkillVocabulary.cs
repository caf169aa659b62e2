namespace InnovationNetwork.Cli.Generation;

/// <summary>A skills category and the words generated names and descriptions draw on.</summary>
/// <param name="Name">The category as written on each skill.</param>
/// <param name="Focus">A lower-case phrase for descriptions ("advanced manufacturing").</param>
/// <param name="Domains">Nouns combined with a technique into a skill name ("Additive Manufacturing").</param>
/// <param name="Trades">Words for firm names ("Composites").</param>
/// <param name="Facilities">Equipment labs in this field open to partners.</param>
internal sealed record SkillCategory(string Name, string Focus, string[] Domains, string[] Trades, string[] Facilities);

/// <summary>The vocabulary of generated skills: 12 categories echoing the Industrial Strategy sectors and Launchpad clusters.</summary>
internal static class SkillVocabulary
{
    public const int Digital = 0;
    public const int Manufacturing = 1;
    public const int Chemistry = 2;
    public const int LifeSciences = 3;
    public const int HealthTech = 4;
    public const int CleanEnergy = 5;
    public const int Electronics = 6;
    public const int Space = 7;
    public const int AgriFood = 8;
    public const int Transport = 9;
    public const int Creative = 10;
    public const int Marine = 11;

    public static readonly string[] Techniques =
    [
        "Applied", "Advanced", "Computational", "Industrial", "Sustainable", "Automated", "Experimental", "Integrated",
        "Scalable", "Low-Carbon", "High-Throughput", "Precision", "Predictive", "Distributed", "Modular", "Autonomous",
        "Secure", "Adaptive", "Quantitative", "Translational", "Embedded", "Hybrid", "Data-Driven", "Rapid",
        "Miniaturised", "Resilient", "Circular", "Real-Time", "Multiscale", "Open-Source",
    ];

    public static readonly SkillCategory[] Categories =
    [
        new("Digital and AI", "digital technologies and artificial intelligence",
            ["Machine Learning", "Computer Vision", "Natural Language Processing", "Cyber Security", "Cloud Engineering",
             "Data Engineering", "Software Verification", "Edge Computing", "Reinforcement Learning", "Knowledge Graphs",
             "Recommender Systems", "High-Performance Computing", "Digital Twins", "Federated Learning", "Speech Recognition",
             "Optimisation Algorithms"],
            ["Analytics", "Data", "Software", "Intelligence", "Cyber"], ["GPU cluster", "secure data environment", "test lab for connected devices"]),
        new("Advanced Manufacturing", "advanced manufacturing",
            ["Additive Manufacturing", "Machining", "Robotics", "Metrology", "Composites Forming", "Welding and Joining",
             "Casting", "Process Control", "Industrial Automation", "Non-Destructive Testing", "Tooling Design",
             "Surface Engineering", "Assembly Systems", "Powder Metallurgy", "Lean Production", "Forging"],
            ["Engineering", "Precision", "Fabrication", "Composites", "Automation"], ["machining centre", "metal 3D printing line", "robotic assembly cell", "composites autoclave"]),
        new("Materials and Chemistry", "materials science and chemistry",
            ["Catalysis", "Polymer Chemistry", "Graphene Materials", "Coatings", "Formulation Science", "Process Chemistry",
             "Biopolymers", "Ceramics", "Electrochemistry", "Crystallisation", "Nanomaterials", "Materials Characterisation",
             "Green Solvents", "Adhesives", "Membrane Separation", "Corrosion Science"],
            ["Materials", "Chemicals", "Polymers", "Coatings", "Formulations"], ["pilot plant", "electron microscope", "X-ray diffraction suite", "formulation lab"]),
        new("Life Sciences", "life sciences and medicines",
            ["Genomics", "Cell Therapy", "Gene Editing", "Drug Discovery", "Bioprocessing", "Vaccine Development",
             "Proteomics", "Antibody Engineering", "Synthetic Biology", "Microbiome Research", "Pharmacology",
             "Clinical Trials Design", "Bioinformatics", "Immunology", "Toxicology", "Structural Biology"],
            ["Biosciences", "Therapeutics", "Bio", "Genomics", "Pharma"], ["GMP cleanroom", "sequencing facility", "bioreactor suite", "cryo-EM facility"]),
        new("Health Technologies", "health technologies and diagnostics",
            ["Medical Imaging", "Diagnostics", "Wearable Sensors", "Digital Health", "Medical Devices", "Assistive Technology",
             "Point-of-Care Testing", "Surgical Robotics", "Health Data Science", "Rehabilitation Engineering",
             "Telemedicine", "Biomechanics", "Clinical Decision Support", "Prosthetics", "Patient Monitoring", "Orthopaedic Implants"],
            ["Health", "Medical", "Diagnostics", "Care", "MedTech"], ["clinical simulation suite", "usability lab", "device test bench"]),
        new("Clean Energy", "clean energy and net zero",
            ["Offshore Wind", "Hydrogen Production", "Battery Chemistry", "Solar Photovoltaics", "Heat Pumps",
             "Carbon Capture", "Nuclear Engineering", "Fusion Engineering", "Energy Storage", "Smart Grids",
             "Tidal Energy", "Energy Efficiency", "Bioenergy", "Power Electronics", "Geothermal Energy", "Building Retrofit"],
            ["Energy", "Power", "Renewables", "Hydrogen", "Grid"], ["battery test facility", "wind turbine test rig", "hydrogen test bay", "energy house"]),
        new("Electronics, Photonics and Quantum", "electronics, photonics and quantum technologies",
            ["Compound Semiconductors", "Photonics", "Quantum Sensing", "Quantum Computing", "Microelectronics",
             "Optical Communications", "Laser Systems", "RF Engineering", "Chip Design", "Sensor Electronics",
             "Optoelectronics", "Power Semiconductors", "MEMS Devices", "Cryogenics", "Imaging Sensors", "Integrated Photonics"],
            ["Photonics", "Semiconductors", "Quantum", "Electronics", "Optics"], ["semiconductor cleanroom", "laser lab", "wafer fab", "quantum test bed"]),
        new("Space and Geospatial", "space and geospatial applications",
            ["Earth Observation", "Satellite Communications", "Remote Sensing", "Geospatial Analytics", "Small Satellites",
             "Space Propulsion", "Navigation Systems", "Spacecraft Design", "Space Weather", "Ground Stations",
             "Hyperspectral Imaging", "Orbital Mechanics", "Radar Imaging", "Space Debris Tracking", "Launch Systems", "Mission Operations"],
            ["Space", "Orbital", "Geospatial", "Satellite", "Aerospace"], ["thermal vacuum chamber", "ground station", "satellite integration hall"]),
        new("Agri-tech and Food", "agri-tech and food",
            ["Precision Agriculture", "Crop Science", "Food Processing", "Vertical Farming", "Animal Health",
             "Soil Science", "Food Safety", "Alternative Proteins", "Plant Breeding", "Aquaculture", "Agri Robotics",
             "Food Packaging", "Fermentation", "Supply Chain Traceability", "Plant Pathology", "Nutrition Science"],
            ["Agri", "Foods", "Harvest", "Crop", "Farm"], ["glasshouse facility", "food pilot plant", "field trial site"]),
        new("Transport and Mobility", "transport and future mobility",
            ["Electric Vehicles", "Autonomous Vehicles", "Rail Engineering", "Aerodynamics", "Vehicle Electrification",
             "Traffic Modelling", "Aviation Fuels", "Lightweight Structures", "Connected Vehicles", "Logistics Optimisation",
             "Drone Systems", "Powertrain Engineering", "Charging Infrastructure", "Rail Signalling", "Urban Air Mobility", "Mobility Data"],
            ["Mobility", "Motion", "Transport", "Drive", "Rail"], ["vehicle test track", "wind tunnel", "powertrain dynamometer"]),
        new("Creative and Immersive", "creative industries and immersive technology",
            ["Virtual Production", "Game Development", "Immersive Experiences", "Visual Effects", "Audio Engineering",
             "Interactive Design", "Motion Capture", "User Experience Design", "Animation", "Augmented Reality",
             "Digital Publishing", "Spatial Audio", "Content Localisation", "Procedural Generation", "Broadcast Engineering", "Haptics"],
            ["Studios", "Media", "Interactive", "Creative", "Pixel"], ["motion capture stage", "virtual production volume", "sound studio"]),
        new("Marine and Maritime", "marine and maritime technology",
            ["Marine Autonomy", "Naval Architecture", "Subsea Engineering", "Ocean Sensing", "Port Logistics",
             "Marine Robotics", "Ship Decarbonisation", "Hydrodynamics", "Underwater Acoustics", "Coastal Engineering",
             "Marine Biotechnology", "Offshore Structures", "Mooring Systems", "Maritime Cyber Security", "Marine Coatings", "Wave Modelling"],
            ["Marine", "Maritime", "Ocean", "Subsea", "Tidal"], ["towing tank", "wave basin", "hyperbaric test chamber"]),
    ];
}
