// Returns on Azure: one resource group holding a Flex Consumption Function App and what it talks to, all reached
// with one user-assigned managed identity. Deployed by `azd up` (parameters: main.parameters.json).
targetScope = 'subscription'

import { workflowTimingSettings, advancedSettings } from 'modules/function-app.bicep'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Region of every resource.')
param location string

@description('Whoever runs azd (AZURE_PRINCIPAL_ID): gets Key Vault Secrets Officer. Empty: no assignment.')
param principalId string = ''

@allowed(['AzureStorage', 'DurableTaskScheduler'])
@description('Durable Functions backend: Azure Storage (host.json default) or the Durable Task Scheduler.')
param durableBackend string = 'AzureStorage'

@description('The durable task hub (RETURNS_TASK_HUB; also the scheduler\'s task hub).')
param taskHubName string = 'returns'

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@minValue(1)
@description('Log Analytics daily ingestion cap in GB: a cost safeguard.')
param logDailyCapGb int = 1

// Shop settings (required: they appear on customer documents and customs papers).
@minLength(1)
param shopName string
@minLength(3)
param emailFrom string
@minLength(3)
param merchantEmail string
@minLength(2)
@maxLength(2)
@description('ISO 3166 alpha-2 country the shop ships from.')
param shopOriginCountry string
@minLength(1)
param shopOriginCity string
@minLength(1)
param shopOriginPostalCode string
@minLength(1)
param shopOriginAddress string

@description('Where customers reach the app (links in emails); empty: the app uses its own host name.')
param publicUrl string = ''

@description('Comma-separated https URLs that get every integration event; empty: none.')
param webhookUrls string = ''

param workflowTimings workflowTimingSettings = {
  confirmationTimeout: '2.00:00:00'
  approvalTimeout: '2.00:00:00'
  labelExpiry: '14.00:00:00'
  labelReminder: '4.16:00:00'
  inspectionTimeout: '5.00:00:00'
  customsHoldSla: '5.00:00:00'
  refundDeadlineWarning: '2.00:00:00'
  instantExchangeTimeout: '30.00:00:00'
  storeCreditValidity: '365.00:00:00'
  claimReminderInterval: '1.00:00:00'
  consolidationCheckInterval: '01:00:00'
  analyticsRefresh: '00:01:00'
  actionSettleTimeout: '00:00:05'
  activityRetryInterval: '00:00:02'
  parkedRetryInterval: '01:00:00'
}

param advanced advancedSettings = {
  easyPostBaseUrl: ''
  stripeApiBase: ''
  rulesDir: ''
  routingDir: ''
  backofficeDir: ''
  storeCreditBonusPercent: 10
  analyticsCurrency: 'USD'
  lookupFailureLimit: 10
  activityAttempts: 5
  parkedAutoRetries: 3
}

// Secrets, stored in Key Vault. 15 characters or more: what azd's secretOrRandomPassword generates on the first
// `azd up`, and the least the app accepts on Azure (DeployedSecretsValidation).
@secure()
@minLength(15)
param adminApiKey string
@secure()
@minLength(15)
param linkSigningKey string
@secure()
@minLength(15)
param shopifyWebhookSecret string
@secure()
@minLength(15)
param wooCommerceWebhookSecret string
@secure()
@minLength(15)
param afterShipWebhookSecret string
@secure()
@minLength(15)
param easyPostWebhookSecret string
@secure()
@minLength(15)
param carrierWebhookSecret string
@secure()
@minLength(15)
param webhookSigningSecret string

// Optional partner API keys: empty means the app's local fallback (outbox, built-in carrier, payments ledger).
@secure()
param sendGridApiKey string = ''
@secure()
param easyPostApiKey string = ''
@secure()
param stripeApiKey string = ''

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var useDurableTaskScheduler = durableBackend == 'DurableTaskScheduler'
var serviceBusTopicName = 'returns-events'

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    principalId: identity.outputs.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    dailyCapGb: logDailyCapGb
    principalId: identity.outputs.principalId
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  scope: rg
  params: {
    name: 'sb-${resourceToken}'
    location: location
    tags: tags
    topicName: serviceBusTopicName
    subscriptionName: 'all-events'
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    adminPrincipalId: principalId
    secrets: {
      'admin-api-key': adminApiKey
      'link-signing-key': linkSigningKey
      'shopify-webhook-secret': shopifyWebhookSecret
      'woocommerce-webhook-secret': wooCommerceWebhookSecret
      'aftership-webhook-secret': afterShipWebhookSecret
      'easypost-webhook-secret': easyPostWebhookSecret
      'carrier-webhook-secret': carrierWebhookSecret
      'webhook-signing-secret': webhookSigningSecret
    }
    optionalSecrets: {
      'sendgrid-api-key': sendGridApiKey
      'easypost-api-key': easyPostApiKey
      'stripe-api-key': stripeApiKey
    }
  }
}

module durableTaskScheduler 'modules/durable-task-scheduler.bicep' = if (useDurableTaskScheduler) {
  scope: rg
  params: {
    name: 'dts-${resourceToken}'
    location: location
    tags: tags
    taskHubName: taskHubName
    principalId: identity.outputs.principalId
  }
}

// Its parameters come from the other modules' outputs, so the app is configured after every role assignment.
module functionApp 'modules/function-app.bicep' = {
  scope: rg
  params: {
    name: 'func-${resourceToken}'
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    keyVaultUri: keyVault.outputs.uri
    hasSendGridApiKey: !empty(sendGridApiKey)
    hasEasyPostApiKey: !empty(easyPostApiKey)
    hasStripeApiKey: !empty(stripeApiKey)
    taskHubName: taskHubName
    durableTaskSchedulerEndpoint: useDurableTaskScheduler ? durableTaskScheduler!.outputs.endpoint : ''
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    publicUrl: publicUrl
    webhookUrls: webhookUrls
    shop: {
      name: shopName
      emailFrom: emailFrom
      merchantEmail: merchantEmail
      originCountry: toUpper(shopOriginCountry)
      originCity: shopOriginCity
      originPostalCode: shopOriginPostalCode
      originAddress: shopOriginAddress
    }
    timings: workflowTimings
    advanced: advanced
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_SERVICEBUS_NAMESPACE string = serviceBus.outputs.name
output AZURE_SERVICEBUS_TOPIC string = serviceBusTopicName
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output DURABLE_BACKEND string = durableBackend
output AZURE_DURABLE_TASK_SCHEDULER_ENDPOINT string = useDurableTaskScheduler
  ? durableTaskScheduler!.outputs.endpoint
  : ''
