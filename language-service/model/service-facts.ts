import { isPlaceholder } from './placeholders';
import { elements, propertyValue, stringValue, type JsonNode, type ParsedDocument } from './document';

export interface LoadBalancerFacts {
  index: number;
  node: JsonNode;
  targetGroupArn: JsonNode | undefined;
  loadBalancerName: JsonNode | undefined;
  containerName: JsonNode | undefined;
  containerPort: JsonNode | undefined;
}

export interface ServiceFacts {
  node: JsonNode;
  launchType: string | undefined;
  launchTypeNode: JsonNode | undefined;
  capacityProviderStrategy: JsonNode | undefined;
  awsvpcConfiguration: JsonNode | undefined;
  loadBalancers: LoadBalancerFacts[];
  taskDefinitionRef: string | undefined;
  get(key: string): JsonNode | undefined;
}

function placeholderNode(node: JsonNode | undefined): JsonNode | undefined {
  return node?.type === 'string' && isPlaceholder(String(node.value)) ? node : undefined;
}

const cache = new WeakMap<ParsedDocument, ServiceFacts | null>();

export function serviceFacts(doc: ParsedDocument): ServiceFacts | undefined {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit ?? undefined;
  const node = doc.service;
  let f: ServiceFacts | undefined;
  if (node) {
    const get = (key: string): JsonNode | undefined => propertyValue(node, key);
    const launchTypeNode = get('launchType');
    f = {
      node,
      launchType: stringValue(launchTypeNode),
      launchTypeNode,
      capacityProviderStrategy: get('capacityProviderStrategy'),
      // A placeholder for the whole `networkConfiguration` may hold the awsvpc configuration.
      awsvpcConfiguration: placeholderNode(get('networkConfiguration')) ?? propertyValue(get('networkConfiguration'), 'awsvpcConfiguration'),
      loadBalancers: elements(get('loadBalancers')).map((lb, index) => ({
        index,
        node: lb,
        targetGroupArn: propertyValue(lb, 'targetGroupArn'),
        loadBalancerName: propertyValue(lb, 'loadBalancerName'),
        containerName: propertyValue(lb, 'containerName'),
        containerPort: propertyValue(lb, 'containerPort'),
      })),
      taskDefinitionRef: stringValue(get('taskDefinition')),
      get,
    };
  }
  cache.set(doc, f ?? null);
  return f;
}
