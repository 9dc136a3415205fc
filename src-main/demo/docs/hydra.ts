import { classOfPath, type DescribedField, type DescribedResource } from './described.ts';

type Node = Record<string, unknown>;

const XSD: Readonly<Record<DescribedField['kind'], string | null>> = {
  string: 'xsd:string',
  enum: 'xsd:string',
  integer: 'xsd:integer',
  number: 'xsd:decimal',
  boolean: 'xsd:boolean',
  datetime: 'xsd:dateTime',
  date: 'xsd:date',
  iri: null,
  array: null,
  object: null,
};

const lcfirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function property(type: string, field: DescribedField): Node {
  const target = field.relation ? classOfPath(field.relation) : null;
  const range = field.kind === 'iri' ? (target ? `#${target}` : null) : XSD[field.kind];
  return {
    '@type': 'hydra:SupportedProperty',
    'hydra:property': {
      '@id': `#${type}/${field.name}`,
      '@type': field.kind === 'iri' ? 'hydra:Link' : 'rdf:Property',
      domain: `#${type}`,
      label: field.name,
      ...(field.kind === 'iri' ? { 'owl:maxCardinality': 1 } : {}),
      ...(range ? { range } : {}),
    },
    'hydra:title': field.name,
    'hydra:required': field.creatable?.required ?? false,
    'hydra:readable': true,
    'hydra:writeable': field.writable !== null || field.creatable !== null,
  };
}

const operation = (method: string, title: string, returns: string, extra: Node = {}): Node => ({
  '@type': method === 'GET' ? ['hydra:Operation', 'schema:FindAction'] : 'hydra:Operation',
  'hydra:method': method,
  'hydra:title': title,
  returns,
  ...extra,
});

/** A Hydra ApiDocumentation of the demo's resources, shaped as API Platform serves it at /docs.jsonld. */
export function hydraDocument(resources: readonly DescribedResource[], baseUrl: string): Node {
  const classes: Node[] = resources.map((resource) => {
    const type = resource.model.type;
    const itemOps = [operation('GET', `get${type}`, `#${type}`)];
    if (resource.methods.includes('PATCH'))
      itemOps.push(operation('PATCH', `patch${type}`, `#${type}`, { expects: `#${type}` }));
    if (resource.methods.includes('DELETE')) itemOps.push(operation('DELETE', `delete${type}`, 'owl:Nothing'));
    return {
      '@id': `#${type}`,
      '@type': 'hydra:Class',
      'hydra:title': type,
      'hydra:supportedProperty': resource.fields.map((field) => property(type, field)),
      'hydra:supportedOperation': itemOps,
    };
  });
  const entrypoint = resources.map((resource) => {
    const type = resource.model.type;
    const collectionOps = [operation('GET', `get${type}Collection`, 'hydra:Collection')];
    if (resource.methods.includes('POST'))
      collectionOps.push(operation('POST', `post${type}`, `#${type}`, { expects: `#${type}` }));
    return {
      '@type': 'hydra:SupportedProperty',
      'hydra:property': {
        '@id': `#Entrypoint/${lcfirst(type)}`,
        '@type': 'hydra:Link',
        domain: '#Entrypoint',
        'owl:maxCardinality': 1,
        range: 'hydra:Collection',
        'hydra:memberAssertion': { 'hydra:property': { '@id': 'rdf:type' }, 'hydra:object': { '@id': `#${type}` } },
        'hydra:supportedOperation': collectionOps,
      },
      'hydra:title': `get${type}Collection`,
      'hydra:description': `The collection of ${type} resources`,
      'hydra:readable': true,
      'hydra:writeable': false,
    };
  });
  return {
    '@context': [
      'http://www.w3.org/ns/hydra/context.jsonld',
      {
        '@vocab': `${baseUrl}/docs.jsonld#`,
        schema: 'https://schema.org/',
        domain: { '@id': 'rdfs:domain', '@type': '@id' },
        range: { '@id': 'rdfs:range', '@type': '@id' },
        subClassOf: { '@id': 'rdfs:subClassOf', '@type': '@id' },
      },
    ],
    '@id': '/docs.jsonld',
    '@type': 'hydra:ApiDocumentation',
    'hydra:title': 'Demo telecom platform',
    'hydra:entrypoint': '/',
    'hydra:supportedClass': [
      ...classes,
      {
        '@id': '#Entrypoint',
        '@type': 'hydra:Class',
        'hydra:title': 'Entrypoint',
        'hydra:supportedProperty': entrypoint,
        'hydra:supportedOperation': operation('GET', 'index', 'Entrypoint'),
      },
    ],
  };
}

/** The API entrypoint: each collection's path under the class's lower-camel name. */
export function entrypointDocument(resources: readonly DescribedResource[]): Node {
  return {
    '@context': '/contexts/Entrypoint',
    '@id': '/',
    '@type': 'Entrypoint',
    ...Object.fromEntries(resources.map((resource) => [lcfirst(resource.model.type), resource.path])),
  };
}
