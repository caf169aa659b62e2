// Starts GraphiQL against this service's /graphql endpoint with example tabs for the people who use it.
// Served from the assembly (embedded), so the page needs no inline script and no other origin.
(function () {
  'use strict';

  var welcome = [
    '# Welcome to the InnovationNetwork GraphQL IDE.',
    '#',
    '# The graph holds UK research and innovation labs, firms, funders, skills,',
    '# innovation bottlenecks and projects, placed in regions.',
    '#',
    '# Press the run button (or Ctrl+Enter) to send a query. Open the Docs panel on the',
    '# left to see every type and field; Ctrl+Space suggests fields as you type.',
    '# The other tabs hold examples: search, and questions of lab staff, SMEs and funders.',
    '',
    'query Itl1Regions {',
    '  regions(where: { level: [ITL1] }, first: 20) {',
    '    totalCount',
    '    nodes { id name code goldenTriangle }',
    '  }',
    '}',
    ''
  ].join('\n');

  var search = [
    '# Search: start from what you know, in your own words.',
    '#',
    '# Words match in any form ("robotic" finds Robotics), synonyms and skill aliases',
    '# count ("AI" finds "artificial intelligence"), "quoted phrases" must match and',
    '# misspellings are forgiven. Filter by type and region (sub-regions included);',
    '# facets count every hit by type and ITL1 region. Try "machne lerning" or',
    '# "HPC", or suggest() for autocomplete.',
    '',
    'query Search($text: String!) {',
    '  search(query: $text, types: [LAB, FIRM, PROJECT], first: 5) {',
    '    totalCount',
    '    nodes {',
    '      score',
    '      highlights',
    '      entity { __typename id ... on Organisation { name region { name } } ... on Project { title } }',
    '    }',
    '    facets { types { value count } regions { label count } }',
    '    pageInfo { hasNextPage endCursor }',
    '  }',
    '  suggest(prefix: "advanced manu", first: 3) { text entity { id } }',
    '}',
    ''
  ].join('\n');

  var labStaff = [
    '# Lab staff: ranked, explained partners for a bid.',
    '#',
    '# Labs and firms that complement the lab (its needs, the skills its open',
    '# bottlenecks require, skills related to its own) or hold the skills given,',
    '# nearest first, each with the reasons behind its rank.',
    '',
    'query PartnersForMyLab($lab: ID!, $skills: [ID!]) {',
    '  partnerSuggestions(organisation: $lab, skills: $skills, first: 10) {',
    '    score',
    '    reasons',
    '    matchedSkills { name }',
    '    organisation { __typename name region { name } }',
    '  }',
    '}',
    ''
  ].join('\n');

  var sme = [
    '# SMEs: who can solve my bottleneck, and who solved a similar one elsewhere?',
    '#',
    '# Labs and firms ranked by how well they cover the skills the bottleneck',
    '# requires and how near they are; then projects that worked on similar',
    '# bottlenecks in other regions.',
    '',
    'query WhoCanSolveIt($bottleneck: ID!) {',
    '  node(id: $bottleneck) {',
    '    ... on Bottleneck {',
    '      title',
    '      severity',
    '      requiredSkills { name }',
    '      similarProjects(first: 3) { similarity project { title region { name } } }',
    '    }',
    '  }',
    '  bottleneckSolvers(bottleneck: $bottleneck, first: 5) {',
    '    score',
    '    reasons',
    '    coveredSkills { name }',
    '    organisation { name region { name } }',
    '  }',
    '}',
    ''
  ].join('\n');

  var funder = [
    '# Funders and Combined Authorities: where demand outruns supply.',
    '#',
    '# The skills a region demands but does not supply, largest gap first, against',
    '# the national average and the golden triangle; then the region at a glance.',
    '',
    'query RegionGaps($region: ID!) {',
    '  ecosystemGaps(region: $region, first: 10) {',
    '    skill { name }',
    '    demand supply gap',
    '    nationalAverage { gap }',
    '    goldenTriangle { gap }',
    '  }',
    '  regionProfile(region: $region) {',
    '    counts { labs firms bottlenecks projects }',
    '    readiness { index components { name value score } }',
    '  }',
    '}',
    ''
  ].join('\n');

  var contributor = [
    '# Keep your organisation current. Mutations need an API key: open the Headers',
    '# pane below and send {"Authorization": "Bearer <your token>"}.',
    '# 1. Run ReadMine to get the current version; 2. run UpdateMine with that version.',
    '# If someone changed the record in between, the update is refused with CONFLICT.',
    'query ReadMine($id: ID!) {',
    '  node(id: $id) { ... on Firm { name employees website version provenance { updated { by at source } } } }',
    '}',
    '',
    'mutation UpdateMine($id: ID!, $version: String!) {',
    '  updateFirm(id: $id, version: $version, set: { employees: 18 }) { employees version }',
    '  linkHasSkill(from: $id, to: "skill:machine-learning", level: 2) { changed }',
    '}',
    ''
  ].join('\n');

  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });

  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: welcome,
      defaultEditorToolsVisibility: true,
      defaultTabs: [
        { query: welcome },
        { query: search, variables: JSON.stringify({ text: 'robotic welding near Sheffield' }, null, 2) },
        { query: labStaff, variables: JSON.stringify({ lab: 'lab:amrc', skills: null }, null, 2) },
        { query: sme, variables: JSON.stringify({ bottleneck: 'bottleneck:tle3-collaboration-029' }, null, 2) },
        { query: funder, variables: JSON.stringify({ region: 'region:TLC' }, null, 2) },
        { query: contributor, variables: JSON.stringify({ id: 'firm:wearbrook-renewables', version: 'paste the version ReadMine returned' }, null, 2) }
      ]
    })
  );
})();
