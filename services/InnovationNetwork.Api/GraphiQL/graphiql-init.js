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
    '# The other tabs hold examples for lab staff, SMEs and funders.',
    '',
    'query Itl1Regions {',
    '  regions(where: { level: [ITL1] }, first: 20) {',
    '    totalCount',
    '    nodes { id name code goldenTriangle }',
    '  }',
    '}',
    ''
  ].join('\n');

  var labStaff = [
    '# Lab staff: partners near me with robotics skills.',
    '#',
    '# Labs and firms in a region (its sub-regions included) that hold any of the',
    '# skills, with their level in each. Change the region and skill ids in the',
    '# variables below; the skills and regions queries list the ids.',
    '',
    'query PartnersNearMe($region: ID!, $skills: [ID!]) {',
    '  labs(where: { region: $region, skills: $skills }, first: 10) {',
    '    totalCount',
    '    nodes { id name kind region { name } skills { level skill { name } } }',
    '  }',
    '  firms(where: { region: $region, skills: $skills }, first: 10) {',
    '    totalCount',
    '    nodes { id name size region { name } skills { level skill { name } } }',
    '  }',
    '}',
    ''
  ].join('\n');

  var sme = [
    '# SMEs: who can help with my bottleneck?',
    '#',
    '# The most severe open bottlenecks in a region, the skills that would unblock',
    '# them and the labs that hold those skills.',
    '',
    'query WhoCanHelp($region: ID!) {',
    '  bottlenecks(where: { region: $region, status: [OPEN] }, orderBy: [{ field: SEVERITY, direction: DESC }], first: 5) {',
    '    nodes {',
    '      title',
    '      category',
    '      severity',
    '      requiredSkills {',
    '        name',
    '        labs { name region { name } }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var funder = [
    '# Funders and Combined Authorities: what a region has and what it faces.',
    '#',
    '# Labs, firms and funders based in a region, the bottlenecks reported there',
    '# and the projects running there.',
    '',
    'query RegionOverview($region: ID!) {',
    '  node(id: $region) {',
    '    ... on Region {',
    '      name',
    '      level',
    '      subRegions { id name }',
    '      organisations { __typename name }',
    '      bottlenecks { title category severity status }',
    '      projects { title status }',
    '    }',
    '  }',
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
        { query: labStaff, variables: JSON.stringify({ region: 'region:TLE', skills: ['skill:robotics-and-automation', 'skill:collaborative-robotics'] }, null, 2) },
        { query: sme, variables: JSON.stringify({ region: 'region:TLE' }, null, 2) },
        { query: funder, variables: JSON.stringify({ region: 'region:TLE' }, null, 2) }
      ]
    })
  );
})();
