// Integration events: one topic the app sends every event to (MessageId = event id, so the duplicate detection
// window drops a resend), one subscription that keeps them for the merchant's consumer.
param name string
param location string
param tags object
param topicName string
param subscriptionName string
param principalId string

var azureServiceBusDataSender = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'Standard', tier: 'Standard' } // topics need Standard
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2024-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT10M'
    defaultMessageTimeToLive: 'P14D'
  }
}

resource allEvents 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2024-01-01' = {
  parent: topic
  name: subscriptionName
  properties: {
    defaultMessageTimeToLive: 'P14D'
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: false
  }
}

// Send only, and only to this topic: the app never receives.
resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(topic.id, principalId, azureServiceBusDataSender)
  scope: topic
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', azureServiceBusDataSender)
  }
}

output name string = namespace.name
output topicName string = topic.name
// serviceBusEndpoint is https://<ns>.servicebus.windows.net:443/; the SDK wants the bare host name.
var endpointHostAndPort = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), '/')[0]
output fullyQualifiedNamespace string = split(endpointHostAndPort, ':')[0]
