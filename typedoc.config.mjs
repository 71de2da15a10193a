// API reference: one entry point per JavaScript subpath of package.json's
// `exports` map, so a new subpath is documented (and checked) without editing
// this file. Any warning fails the build.
import { listEntries, packageRoot, sourceOf } from './scripts/package-entries.mjs';

const entryPoints = [
  ...new Set(
    listEntries(packageRoot)
      .filter((entry) => entry.kind === 'js')
      .map((entry) => sourceOf(packageRoot, entry)),
  ),
];

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints,
  out: 'docs/api',
  name: 'nanjing-innovation-plan',
  includeVersion: true,
  hideGenerator: true,
  // The repository has no public remote to link sources to.
  disableSources: true,
  treatWarningsAsErrors: true,
  validation: {
    notExported: true,
    invalidLink: true,
    rewrittenLink: true,
    notDocumented: true,
    unusedMergeModuleWith: true,
  },
  requiredToBeDocumented: [
    'Enum',
    'EnumMember',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'Method',
    'Accessor',
    'TypeAlias',
    'Parameter',
  ],
  // Guides for people who install the package, shown beside the API (the
  // codebase guide is for contributors and stays out).
  projectDocuments: [
    'docs/guides/getting-started.md',
    'docs/guides/data-model.md',
    'docs/guides/targets.md',
    'docs/guides/progress-rules.md',
    'docs/guides/cli.md',
    'docs/guides/other-languages.md',
  ],
  // typedoc's defaults, and Python and R for the guide on other languages.
  highlightLanguages: [
    'bash',
    'console',
    'css',
    'html',
    'javascript',
    'json',
    'jsonc',
    'json5',
    'yaml',
    'tsx',
    'typescript',
    'python',
    'r',
  ],
  // No member-visibility checkboxes: nothing here is protected or external,
  // and inherited members (UnknownIdError's, TargetBase's) are shown, as by
  // default. The checkboxes' markup, repeated on every page, came to 0.4 MB.
  visibilityFilters: {},
  categoryOrder: ['Data', 'Queries', 'Schemas', 'Progress', 'Observations', 'Rendering', 'English'],
  // The observations' literal type is the hand-written records' own (annotations/observations.ts).
  intentionallyNotExported: ['observationRecords'],
  plugin: ['./scripts/typedoc-plugin-exports.mjs'],
  // The plan explorer (docs/site, built after typedoc by scripts/build-site.mjs, which sets this link's
  // prefix on the pages in subfolders).
  navigationLinks: { 'Plan explorer': '../site/index.html' },
};
