/**
 * Hand-written ids and English glosses for the plan's headings and
 * paragraphs, in the order the plan writes them. The generator pairs them
 * with the Chinese it reads from the seed and fails if the counts differ.
 */

export const planGloss = {
  id: 'nanjing-innovation-plan-2022-2024',
  titleEn:
    'Nanjing Three-Year Action Plan for Setting an Example in Innovation-Driven Development and Industrial ' +
    'Transformation (2022–2024)',
  issuerEn: 'General Office of the CPC Nanjing Municipal Committee',
} as const;

export const partGlosses = [
  { id: 'general-requirements', titleEn: 'General requirements' },
  { id: 'key-tasks', titleEn: 'Key tasks' },
  { id: 'safeguards', titleEn: 'Safeguard measures' },
] as const;

export const sectionGlosses = [
  { id: 'guiding-ideology', titleEn: 'Guiding ideology' },
  { id: 'basic-principles', titleEn: 'Basic principles' },
  { id: 'main-goals', titleEn: 'Main goals' },
] as const;

export const principleGlosses = [
  { id: 'innovation-driven', nameEn: 'Uphold innovation-driven development' },
  { id: 'market-led', nameEn: "Uphold the market's leading role" },
  { id: 'talent-led', nameEn: 'Uphold the leading role of talent' },
  { id: 'transformation-demonstration', nameEn: 'Uphold transformation that sets an example' },
] as const;

export const goalAreaGlosses = [
  { id: 'enterprises-flourish', nameEn: 'A flourishing forest of science and technology enterprises' },
  { id: 'clusters-rise', nameEn: 'Innovative industrial clusters gathering strength to rise' },
  { id: 'support-system', nameEn: 'A more complete system of support for innovation' },
  { id: 'talent-concentration', nameEn: 'Innovative talent growing in number, concentration and quality' },
  { id: 'ecosystem-thrives', nameEn: 'A thriving innovation ecosystem' },
] as const;

export const taskGroupGlosses = [
  {
    id: 'enterprise-forest',
    titleEn: 'Grow a forest of enterprises that lead innovation, and let innovative enterprises build up strength',
  },
  {
    id: 'chain-integration',
    titleEn:
      'Accelerate the integration of innovation chains with industrial chains, ' +
      'and build internationally competitive innovative industrial clusters',
  },
  {
    id: 'core-technologies',
    titleEn: 'Tackle original and leading technologies, and build the "hard core" of industrial innovation',
  },
  {
    id: 'talent-city',
    titleEn: 'Attract and develop high-quality talent, and accelerate building a city strong in talent',
  },
  {
    id: 'factor-markets',
    titleEn: 'Deepen market-based reform of factor supply, and explore new ways of allocating innovation resources',
  },
  {
    id: 'innovation-ecosystem',
    titleEn: 'Advance all-round innovation in a coordinated way, and build the city with the best innovation ecosystem',
  },
] as const;

/** English titles of tasks 1–32, in order. */
export const taskTitleGlosses = [
  'Expand the ranks of high-tech enterprises',
  'Build clusters of specialized, refined, distinctive and innovative enterprises',
  'Double the number of enterprises above designated size',
  'Cultivate a group of pace-setting enterprises',
  'Keep attracting high-quality enterprises and projects',
  'Promote mergers, restructuring and listings of enterprises',
  'Accelerate the high-quality development of private enterprises',
  'Make breakthroughs in developing innovative industries',
  'Plan ahead for future industries',
  'Move key industries up-market through transformation and upgrading',
  'Promote high-quality development of services through integration',
  'Develop the digital economy strategically',
  'Set an example in carrying out the carbon peaking and carbon neutrality ("dual carbon") action plan',
  'Build world-class parks with intensive use of land and resources',
  'Accelerate the building of facilities for basic scientific research',
  'Support laboratory building in a demand-oriented, project-based way',
  'Strengthen platforms for scientific, technological and industrial innovation',
  'Improve the paths of collaborative industrial innovation',
  'Build new highlands of scientific, technological and industrial innovation',
  'Carry out the Zijinshan Talent Programme',
  'Deploy talent and entrepreneurship chains around industrial chains',
  'Reform and improve the talent evaluation mechanism',
  'Make services and support for talent more effective',
  'Supply innovation policies precisely',
  'Strengthen financial support for innovation and transformation',
  'Build quality and standards infrastructure',
  'Improve the supply of land for industry',
  'Deepen reform of the science and technology system',
  'Build a city strong in intellectual property',
  'Build brands of innovation cooperation',
  'Develop innovative products and application scenarios',
  'Build a first-class environment of innovation services',
] as const;

export const measureGlosses = [
  { id: 'organizational-leadership', titleEn: 'Strengthen organizational leadership' },
  { id: 'investment-guarantees', titleEn: 'Step up support and investment' },
  { id: 'monitoring-evaluation', titleEn: 'Monitor and evaluate the whole process' },
] as const;
