import { SkillHierarchyRow, SkillRelationRow } from 'src/taxonomy/import/taxonomy-data';

/*
 * The skill hierarchy and skill-to-skill relations of ESCO v1.1.1 (© European Union,
 * https://esco.ec.europa.eu) among the demo skills, copied with their real URIs.
 */

// prettier-ignore
export const DEMO_SKILL_HIERARCHY: SkillHierarchyRow[] = [
  // Haskell -> computer programming
  { skillUri: 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02', broaderUri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97' },
  // sport and exercise medicine -> medicines
  { skillUri: 'http://data.europa.eu/esco/skill/00506f28-e884-4496-800c-3477c67eb355', broaderUri: 'http://data.europa.eu/esco/skill/1236128d-9bb4-4d94-bc1e-40fd14824280' },
  // KDevelop -> integrated development environment software
  { skillUri: 'http://data.europa.eu/esco/skill/013441c1-1f13-47e9-80c4-9a53e8e1bc05', broaderUri: 'http://data.europa.eu/esco/skill/925463a7-d51f-4d5b-9f79-4d28cf30acde' },
  // Erlang -> computer programming
  { skillUri: 'http://data.europa.eu/esco/skill/034c29fa-c3ba-45ea-b8f3-bf8e3705e386', broaderUri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97' },
  // accounting department processes -> financial department processes
  { skillUri: 'http://data.europa.eu/esco/skill/08371fe9-c658-4f6a-966f-71dbb0ab683d', broaderUri: 'http://data.europa.eu/esco/skill/39e43f7c-a95e-4583-be76-bb134ccce1ae' },
  // Apache Tomcat -> web programming
  { skillUri: 'http://data.europa.eu/esco/skill/0fb753a1-2ef2-4429-84d2-ecb2b24daf7a', broaderUri: 'http://data.europa.eu/esco/skill/69bbd53f-fbb0-4476-b4b2-ef7844464e28' },
  // MDX -> query languages
  { skillUri: 'http://data.europa.eu/esco/skill/1b7c716e-af95-4cda-a42f-6479c8b139f5', broaderUri: 'http://data.europa.eu/esco/skill/9cf681c7-89ec-470c-b651-7fe03786f586' },
  // mechanics of vessels -> mechanics
  { skillUri: 'http://data.europa.eu/esco/skill/2ee670aa-c687-4ff7-92eb-0abc9b57e5f2', broaderUri: 'http://data.europa.eu/esco/skill/efa141df-f382-418f-9121-bd88fd735669' },
  // XQuery -> query languages
  { skillUri: 'http://data.europa.eu/esco/skill/3f4dab51-572b-4e2c-85ef-3b4c3f7094e1', broaderUri: 'http://data.europa.eu/esco/skill/9cf681c7-89ec-470c-b651-7fe03786f586' },
  // aircraft mechanics -> mechanics
  { skillUri: 'http://data.europa.eu/esco/skill/532bcdca-a889-4dea-8f7f-4e03d8cfd0d2', broaderUri: 'http://data.europa.eu/esco/skill/efa141df-f382-418f-9121-bd88fd735669' },
  // disability care -> disability types
  { skillUri: 'http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8', broaderUri: 'http://data.europa.eu/esco/skill/6b28bb69-a6ef-42d4-84df-46e498f09297' },
  // web programming -> computer programming
  { skillUri: 'http://data.europa.eu/esco/skill/69bbd53f-fbb0-4476-b4b2-ef7844464e28', broaderUri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97' },
  // battery components -> energy storage systems
  { skillUri: 'http://data.europa.eu/esco/skill/8cf03262-b6b0-4fe8-9d66-91063bb32db3', broaderUri: 'http://data.europa.eu/esco/skill/6c6daac0-80f5-431f-a33f-c5b722094657' },
  // resource description framework query language -> query languages
  { skillUri: 'http://data.europa.eu/esco/skill/99207709-d076-4cce-ba38-e90d3bb28806', broaderUri: 'http://data.europa.eu/esco/skill/9cf681c7-89ec-470c-b651-7fe03786f586' },
  // food allergies -> dietary regimes
  { skillUri: 'http://data.europa.eu/esco/skill/c1e6e283-bc66-4e78-b4ec-501ff082d9f1', broaderUri: 'http://data.europa.eu/esco/skill/655d3d08-680a-40ea-8ffd-7e66916272fb' },
];

// prettier-ignore
export const DEMO_SKILL_RELATIONS: SkillRelationRow[] = [
  // prepare roofing materials: optional roofing techniques
  { skillUri: 'http://data.europa.eu/esco/skill/08f6ffcf-4d86-43fe-a94e-f216de331f98', relatedUri: 'http://data.europa.eu/esco/skill/69ce43f9-c8f9-4efb-8b8c-3c4a9ba3db88', relationType: 'optional' },
  // comply with food safety and hygiene: optional food safety principles
  { skillUri: 'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f', relatedUri: 'http://data.europa.eu/esco/skill/3f4e4eab-a8e0-4aed-b8bb-79afe7c890e3', relationType: 'optional' },
  // apply roll roofing: optional roofing techniques
  { skillUri: 'http://data.europa.eu/esco/skill/13b7c6f6-69fe-4829-b39e-7401b9dee876', relatedUri: 'http://data.europa.eu/esco/skill/69ce43f9-c8f9-4efb-8b8c-3c4a9ba3db88', relationType: 'optional' },
  // electromechanics: essential mechanics
  { skillUri: 'http://data.europa.eu/esco/skill/2bbdea06-a265-42b5-bb4f-7241b661f069', relatedUri: 'http://data.europa.eu/esco/skill/efa141df-f382-418f-9121-bd88fd735669', relationType: 'essential' },
  // dig soil mechanically: optional mechanics
  { skillUri: 'http://data.europa.eu/esco/skill/425ddacc-bbf0-4a98-b925-40012d1b6060', relatedUri: 'http://data.europa.eu/esco/skill/efa141df-f382-418f-9121-bd88fd735669', relationType: 'optional' },
  // use food preparation techniques: optional cultural customs on food preparation
  { skillUri: 'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c', relatedUri: 'http://data.europa.eu/esco/skill/0c4ab800-2daf-4feb-b34e-4e86a2eff2ce', relationType: 'optional' },
  // resource description framework query language: optional query languages
  { skillUri: 'http://data.europa.eu/esco/skill/99207709-d076-4cce-ba38-e90d3bb28806', relatedUri: 'http://data.europa.eu/esco/skill/9cf681c7-89ec-470c-b651-7fe03786f586', relationType: 'optional' },
];
