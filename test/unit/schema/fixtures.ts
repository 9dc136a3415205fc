/**
 * Documents shaped like API Platform's output (its Hydra DocumentationNormalizer and OpenApiFactory), written by
 * hand for a small phone-number API whose names differ from our guesses.
 */
const hydraItemBase = {
  type: 'object',
  properties: {
    '@context': { readOnly: true, oneOf: [{ type: 'string' }, { type: 'object' }] },
    '@id': { readOnly: true, type: 'string' },
    '@type': { readOnly: true, type: 'string' },
  },
  required: ['@id', '@type'],
};

const collectionOf = (ref: string, memberKey: string) => ({
  allOf: [
    { $ref: '#/components/schemas/HydraCollectionBaseSchema' },
    {
      type: 'object',
      required: [memberKey],
      properties: { [memberKey]: { type: 'array', items: { $ref: ref } } },
    },
  ],
});

const pagingParameters = [
  {
    name: 'page',
    in: 'query',
    description: 'The collection page number',
    required: false,
    schema: { type: 'integer', default: 1 },
  },
  {
    name: 'itemsPerPage',
    in: 'query',
    description: 'The number of items per page',
    required: false,
    schema: { type: 'integer', default: 50, minimum: 0, maximum: 250 },
  },
];

/** OpenAPI 3.1 (API Platform 4): JSON-LD schemas via allOf, nullability as a type list, "member" unprefixed. */
export const openApi31 = {
  openapi: '3.1.0',
  info: { title: 'Platform API', version: '1.0.0' },
  servers: [{ url: '/', description: '' }],
  paths: {
    '/phonenumbers': {
      get: {
        operationId: 'api_phonenumbers_get_collection',
        tags: ['PhoneNumber'],
        responses: {
          '200': {
            description: 'PhoneNumber collection',
            content: {
              'application/ld+json': { schema: collectionOf('#/components/schemas/PhoneNumber.jsonld', 'member') },
            },
          },
        },
        parameters: [
          ...pagingParameters,
          { name: 'orderId', in: 'query', required: false, schema: { type: 'integer' } },
          { name: 'blockStart', in: 'query', required: false, schema: { type: 'integer' } },
        ],
      },
    },
    '/phonenumbers/{id}': {
      get: {
        operationId: 'api_phonenumbers_id_get',
        responses: {
          '200': {
            description: 'PhoneNumber resource',
            content: { 'application/ld+json': { schema: { $ref: '#/components/schemas/PhoneNumber.jsonld' } } },
          },
        },
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      },
      patch: {
        operationId: 'api_phonenumbers_id_patch',
        requestBody: {
          required: true,
          content: { 'application/merge-patch+json': { schema: { $ref: '#/components/schemas/PhoneNumber' } } },
        },
        responses: { '200': { description: 'PhoneNumber resource updated' } },
      },
    },
  },
  components: {
    schemas: {
      HydraItemBaseSchema: hydraItemBase,
      HydraCollectionBaseSchema: { type: 'object', properties: { totalItems: { type: 'integer', minimum: 0 } } },
      PhoneNumber: {
        type: 'object',
        properties: {
          cost_center: { type: ['string', 'null'], maxLength: 40 },
          description: { type: ['string', 'null'], maxLength: 255 },
        },
      },
      'PhoneNumber.jsonld': {
        allOf: [
          { $ref: '#/components/schemas/HydraItemBaseSchema' },
          {
            type: 'object',
            properties: {
              id: { readOnly: true, type: 'integer' },
              number: { type: 'string' },
              cost_center: { type: ['string', 'null'], maxLength: 40 },
              description: { type: ['string', 'null'] },
              area: { type: ['string', 'null'], format: 'iri-reference', example: 'https://example.com/' },
              order: { type: ['string', 'null'], format: 'iri-reference' },
              lineType: { type: 'string', enum: ['GEO', 'MOBILE', 'TOLL_FREE'] },
              createdAt: { readOnly: true, type: 'string', format: 'date-time' },
            },
          },
        ],
      },
    },
  },
};

/** OpenAPI 3.0 (API Platform 3): "nullable", "hydra:member", a POST body with required fields, array filters. */
export const openApi30 = {
  openapi: '3.0.0',
  info: { title: 'Platform API', version: '1.0.0' },
  paths: {
    '/number-blocks': {
      get: {
        operationId: 'api_number-blocks_get_collection',
        responses: {
          '200': {
            description: 'NumberBlock collection',
            content: {
              'application/ld+json': {
                schema: {
                  type: 'object',
                  properties: {
                    'hydra:member': { type: 'array', items: { $ref: '#/components/schemas/NumberBlock.jsonld-read' } },
                    'hydra:totalItems': { type: 'integer', minimum: 0 },
                  },
                  required: ['hydra:member'],
                },
              },
            },
          },
        },
        parameters: [
          ...pagingParameters.map((parameter) =>
            parameter.name === 'itemsPerPage'
              ? { ...parameter, schema: { type: 'integer', default: 30, minimum: 0, maximum: 100 } }
              : parameter,
          ),
          {
            name: 'excludedNumberPoolIds[]',
            in: 'query',
            required: false,
            schema: { type: 'array', items: { type: 'integer' } },
            style: 'form',
            explode: true,
          },
        ],
      },
      post: {
        operationId: 'api_number-blocks_post',
        requestBody: {
          content: { 'application/ld+json': { schema: { $ref: '#/components/schemas/NumberBlock.jsonld-write' } } },
        },
        responses: { '201': { description: 'NumberBlock resource created' } },
      },
    },
    '/number-blocks/{id}': {
      get: { operationId: 'api_number-blocks_id_get', responses: {} },
      delete: { operationId: 'api_number-blocks_id_delete', responses: { '204': { description: 'deleted' } } },
    },
  },
  components: {
    schemas: {
      'NumberBlock.jsonld-read': {
        type: 'object',
        properties: {
          '@id': { readOnly: true, type: 'string' },
          '@type': { readOnly: true, type: 'string' },
          firstNumber: { type: 'string' },
          lastNumber: { type: 'string' },
          blockSize: { type: 'integer' },
          state: { type: 'string', enum: ['FREE', 'IN_USE', 'COOLING_OFF'] },
          coolOffEnd: { type: 'string', format: 'date-time', nullable: true },
          area: { type: 'string', format: 'iri-reference', nullable: true },
        },
      },
      'NumberBlock.jsonld-write': {
        type: 'object',
        required: ['firstNumber', 'blockSize'],
        properties: { firstNumber: { type: 'string', maxLength: 16 }, blockSize: { type: 'integer' } },
      },
    },
  },
};

/** Hydra ApiDocumentation as API Platform 3/4 serves it at /docs.jsonld (with the "hydra:" prefix). */
export const hydraDocumentation = {
  '@context': [
    'http://www.w3.org/ns/hydra/context.jsonld',
    {
      '@vocab': 'https://platform.example/docs.jsonld#',
      schema: 'https://schema.org/',
      domain: { '@id': 'rdfs:domain', '@type': '@id' },
      range: { '@id': 'rdfs:range', '@type': '@id' },
    },
  ],
  '@id': '/docs.jsonld',
  '@type': 'hydra:ApiDocumentation',
  'hydra:title': 'Platform API',
  'hydra:entrypoint': '/',
  'hydra:supportedClass': [
    {
      '@id': '#PhoneNumber',
      '@type': 'hydra:Class',
      'hydra:title': 'PhoneNumber',
      'hydra:supportedProperty': [
        {
          '@type': 'hydra:SupportedProperty',
          'hydra:property': {
            '@id': '#PhoneNumber/cost_center',
            '@type': 'rdf:Property',
            domain: '#PhoneNumber',
            label: 'cost_center',
            range: 'xsd:string',
          },
          'hydra:title': 'cost_center',
          'hydra:required': false,
          'hydra:readable': true,
          'hydra:writeable': true,
        },
        {
          '@type': 'hydra:SupportedProperty',
          'hydra:property': {
            '@id': '#PhoneNumber/order',
            '@type': 'hydra:Link',
            domain: '#PhoneNumber',
            label: 'order',
            'owl:maxCardinality': 1,
            range: '#Order',
          },
          'hydra:title': 'order',
          'hydra:required': false,
          'hydra:readable': true,
          'hydra:writeable': false,
        },
        {
          '@type': 'hydra:SupportedProperty',
          'hydra:property': {
            '@id': '#PhoneNumber/portedAt',
            '@type': 'rdf:Property',
            domain: '#PhoneNumber',
            label: 'portedAt',
            range: 'xsd:dateTime',
          },
          'hydra:title': 'portedAt',
          'hydra:required': false,
          'hydra:readable': true,
          'hydra:writeable': false,
        },
      ],
      'hydra:supportedOperation': [
        {
          '@type': ['hydra:Operation', 'schema:FindAction'],
          'hydra:description': 'Retrieves a PhoneNumber resource.',
          'hydra:method': 'GET',
          'hydra:title': 'getPhoneNumber',
          returns: '#PhoneNumber',
        },
        {
          '@type': 'hydra:Operation',
          'hydra:description': 'Updates the PhoneNumber resource.',
          'hydra:method': 'PATCH',
          'hydra:title': 'patchPhoneNumber',
          expects: '#PhoneNumber',
          returns: '#PhoneNumber',
        },
      ],
    },
    {
      '@id': '#Entrypoint',
      '@type': 'hydra:Class',
      'hydra:title': 'Entrypoint',
      'hydra:supportedProperty': [
        {
          '@type': 'hydra:SupportedProperty',
          'hydra:property': {
            '@id': '#Entrypoint/phoneNumber',
            '@type': 'hydra:Link',
            domain: '#Entrypoint',
            'owl:maxCardinality': 1,
            range: 'hydra:Collection',
            'hydra:memberAssertion': {
              'hydra:property': { '@id': 'rdf:type' },
              'hydra:object': { '@id': '#PhoneNumber' },
            },
            'hydra:supportedOperation': [
              {
                '@type': ['hydra:Operation', 'schema:FindAction'],
                'hydra:method': 'GET',
                'hydra:title': 'getPhoneNumberCollection',
                returns: 'hydra:Collection',
              },
            ],
          },
          'hydra:title': 'getPhoneNumberCollection',
          'hydra:readable': true,
          'hydra:writeable': false,
        },
      ],
      'hydra:supportedOperation': {
        '@type': 'hydra:Operation',
        'hydra:method': 'GET',
        'hydra:title': 'index',
        'hydra:returns': 'Entrypoint',
      },
    },
    {
      '@id': '#ConstraintViolationList',
      '@type': 'hydra:Class',
      'hydra:title': 'ConstraintViolationList',
      'hydra:supportedProperty': [],
    },
  ],
};

/** The same documentation with the prefix switched off (API Platform's hydra_prefix: false). */
export const hydraUnprefixed = JSON.parse(
  JSON.stringify(hydraDocumentation).replace(
    /"hydra:(?!Link|Collection|Operation|SupportedProperty|Class|ApiDocumentation)/g,
    '"',
  ),
) as unknown;
