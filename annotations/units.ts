/**
 * Hand-written facts about the responsible units, keyed by the name as the
 * `责任单位` lines write it. The generator derives the registry's order (first
 * appearance), the tier (before or after the ASCII comma) and every span from
 * the seed, and fails on a name that is missing here or unused there.
 *
 * `fullName` is given only where the abbreviation's expansion is standard and
 * certain; elsewhere it is left out rather than guessed.
 */
import type { UnitKind } from '../src/model/types.js';

export interface UnitAnnotation {
  readonly id: string;
  readonly nameEn: string;
  readonly kind: UnitKind;
  readonly fullName?: string;
}

export const unitAnnotations: Readonly<Record<string, UnitAnnotation>> = {
  市科技局: {
    id: 'science-technology-bureau',
    nameEn: 'Municipal Bureau of Science and Technology',
    kind: 'government-department',
    fullName: '南京市科学技术局',
  },
  市工信局: {
    id: 'industry-it-bureau',
    nameEn: 'Municipal Bureau of Industry and Information Technology',
    kind: 'government-department',
    fullName: '南京市工业和信息化局',
  },
  市投促局: {
    id: 'investment-promotion-bureau',
    nameEn: 'Municipal Bureau of Investment Promotion',
    kind: 'government-department',
    fullName: '南京市投资促进局',
  },
  市发改委: {
    id: 'development-reform-commission',
    nameEn: 'Municipal Development and Reform Commission',
    kind: 'government-department',
    fullName: '南京市发展和改革委员会',
  },
  市商务局: {
    id: 'commerce-bureau',
    nameEn: 'Municipal Bureau of Commerce',
    kind: 'government-department',
    fullName: '南京市商务局',
  },
  高新区发展办: {
    id: 'high-tech-zone-office',
    nameEn: 'High-tech Zone Development Office',
    kind: 'government-department',
  },
  市金融监管局: {
    id: 'financial-regulatory-bureau',
    nameEn: 'Municipal Local Financial Supervision and Administration Bureau',
    kind: 'financial-regulator',
  },
  市委统战部: {
    id: 'united-front-department',
    nameEn: 'United Front Work Department of the CPC Nanjing Municipal Committee',
    kind: 'party-department',
    fullName: '中共南京市委统一战线工作部',
  },
  市人社局: {
    id: 'human-resources-bureau',
    nameEn: 'Municipal Bureau of Human Resources and Social Security',
    kind: 'government-department',
    fullName: '南京市人力资源和社会保障局',
  },
  市税务局: {
    id: 'tax-bureau',
    nameEn: 'Municipal Tax Service',
    kind: 'government-department',
    fullName: '国家税务总局南京市税务局',
  },
  市法院: {
    id: 'municipal-court',
    nameEn: "Municipal Intermediate People's Court",
    kind: 'court',
    fullName: '南京市中级人民法院',
  },
  市工商联: {
    id: 'federation-industry-commerce',
    nameEn: 'Municipal Federation of Industry and Commerce',
    kind: 'association',
    fullName: '南京市工商业联合会',
  },
  市大数据局: {
    id: 'big-data-bureau',
    nameEn: 'Municipal Big Data Administration',
    kind: 'government-department',
  },
  '相关区(园区)': {
    id: 'relevant-districts-parks',
    nameEn: 'relevant districts (and parks)',
    kind: 'collective',
  },
  麒麟科创园: {
    id: 'qilin-innovation-park',
    nameEn: 'Qilin Science and Technology Innovation Park',
    kind: 'park',
  },
  大数据集团: {
    id: 'big-data-group',
    nameEn: 'Nanjing Big Data Group',
    kind: 'state-owned-enterprise',
  },
  市生态环境局: {
    id: 'ecology-environment-bureau',
    nameEn: 'Municipal Bureau of Ecology and Environment',
    kind: 'government-department',
    fullName: '南京市生态环境局',
  },
  市建委: {
    id: 'construction-commission',
    nameEn: 'Municipal Urban and Rural Construction Commission',
    kind: 'government-department',
    fullName: '南京市城乡建设委员会',
  },
  市交通运输局: {
    id: 'transport-bureau',
    nameEn: 'Municipal Bureau of Transport',
    kind: 'government-department',
    fullName: '南京市交通运输局',
  },
  市规划资源局: {
    id: 'planning-resources-bureau',
    nameEn: 'Municipal Bureau of Planning and Natural Resources',
    kind: 'government-department',
    fullName: '南京市规划和自然资源局',
  },
  市农业农村局: {
    id: 'agriculture-rural-bureau',
    nameEn: 'Municipal Bureau of Agriculture and Rural Affairs',
    kind: 'government-department',
    fullName: '南京市农业农村局',
  },
  浦口区: {
    id: 'pukou-district',
    nameEn: 'Pukou District',
    kind: 'district',
    fullName: '南京市浦口区',
  },
  溧水区: {
    id: 'lishui-district',
    nameEn: 'Lishui District',
    kind: 'district',
    fullName: '南京市溧水区',
  },
  市委组织部: {
    id: 'organization-department',
    nameEn: 'Organization Department of the CPC Nanjing Municipal Committee',
    kind: 'party-department',
    fullName: '中共南京市委组织部',
  },
  市教育局: {
    id: 'education-bureau',
    nameEn: 'Municipal Bureau of Education',
    kind: 'government-department',
    fullName: '南京市教育局',
  },
  市房产局: {
    id: 'housing-bureau',
    nameEn: 'Municipal Bureau of Housing Security and Real Estate',
    kind: 'government-department',
  },
  市司法局: {
    id: 'justice-bureau',
    nameEn: 'Municipal Bureau of Justice',
    kind: 'government-department',
    fullName: '南京市司法局',
  },
  市委创新办: {
    id: 'innovation-office',
    nameEn: 'Innovation Office of the CPC Nanjing Municipal Committee',
    kind: 'party-department',
  },
  市市场监管局: {
    id: 'market-regulation-bureau',
    nameEn: 'Municipal Administration for Market Regulation',
    kind: 'government-department',
    fullName: '南京市市场监督管理局',
  },
  市财政局: {
    id: 'finance-bureau',
    nameEn: 'Municipal Bureau of Finance',
    kind: 'government-department',
    fullName: '南京市财政局',
  },
  紫金投资集团: {
    id: 'zijin-investment-group',
    nameEn: 'Nanjing Zijin Investment Group',
    kind: 'state-owned-enterprise',
  },
  人行南京分行营管部: {
    id: 'pboc-nanjing-business-department',
    nameEn: "Business Management Department of the People's Bank of China Nanjing Branch",
    kind: 'financial-regulator',
    fullName: '中国人民银行南京分行营业管理部',
  },
  市委改革办: {
    id: 'reform-office',
    nameEn: 'Reform Office of the CPC Nanjing Municipal Committee',
    kind: 'party-department',
  },
  市政府外办: {
    id: 'foreign-affairs-office',
    nameEn: 'Foreign Affairs Office of the Municipal Government',
    kind: 'government-department',
    fullName: '南京市人民政府外事办公室',
  },
  市政务办: {
    id: 'government-services-office',
    nameEn: 'Municipal Government Services Office',
    kind: 'government-department',
  },
};
