// The Flex Consumption plan and the Function App. Every app setting is built in the two objects below (not from
// arrays or loops) so their names appear literally in the compiled template, where the tests check them.

@export()
@description('The shop\'s identity and ship-from address (orders from Shopify/WooCommerce carry no ship-from).')
type shopSettings = {
  name: string
  emailFrom: string
  merchantEmail: string
  @minLength(2)
  @maxLength(2)
  originCountry: string
  originCity: string
  originPostalCode: string
  originAddress: string
}

@export()
@description('Workflow durations and background intervals, as .NET TimeSpan text (d.hh:mm:ss).')
type workflowTimingSettings = {
  confirmationTimeout: string
  approvalTimeout: string
  labelExpiry: string
  labelReminder: string
  inspectionTimeout: string
  customsHoldSla: string
  refundDeadlineWarning: string
  instantExchangeTimeout: string
  storeCreditValidity: string
  claimReminderInterval: string
  consolidationCheckInterval: string
  analyticsRefresh: string
  actionSettleTimeout: string
  activityRetryInterval: string
  parkedRetryInterval: string
}

@export()
@description('Rarely changed: partner API bases (tests point them elsewhere), data folders and business tunables. An empty string means the app\'s built-in default.')
type advancedSettings = {
  easyPostBaseUrl: string
  stripeApiBase: string
  rulesDir: string
  routingDir: string
  backofficeDir: string
  @minValue(0)
  storeCreditBonusPercent: int
  @minLength(3)
  @maxLength(3)
  analyticsCurrency: string
  @minValue(1)
  lookupFailureLimit: int
  @minValue(1)
  activityAttempts: int
  @minValue(0)
  parkedAutoRetries: int
}

param name string
param planName string
param location string
param tags object
@description('The azd service this app hosts (azure.yaml).')
param serviceName string
param identityId string
param identityClientId string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerUrl string
param applicationInsightsConnectionString string
param serviceBusNamespace string
param keyVaultUri string
@description('Which optional API keys are in the vault; the others get an empty setting.')
param hasSendGridApiKey bool
param hasEasyPostApiKey bool
param hasStripeApiKey bool
param taskHubName string
@description('The Durable Task Scheduler endpoint; empty: the Azure Storage backend (host.json\'s default).')
param durableTaskSchedulerEndpoint string
param maximumInstanceCount int
@allowed([512, 2048, 4096])
param instanceMemoryMB int
@description('Where customers reach the app (links in emails); empty: the app uses its own host name.')
param publicUrl string
@description('Comma-separated https URLs that get every integration event; empty: none.')
param webhookUrls string
param shop shopSettings
param timings workflowTimingSettings
param advanced advancedSettings

var appSettings = {
  // Functions host storage, by managed identity (Flex keeps runtime and version in functionAppConfig instead of
  // FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION).
  AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  AZURE_CLIENT_ID: identityClientId

  // The app's storage and the Durable Task Azure Storage backend (host.json connectionName RETURNS_STORAGE).
  RETURNS_STORAGE__blobServiceUri: storageBlobEndpoint
  RETURNS_STORAGE__queueServiceUri: storageQueueEndpoint
  RETURNS_STORAGE__tableServiceUri: storageTableEndpoint
  RETURNS_STORAGE__credential: 'managedidentity'
  RETURNS_STORAGE__clientId: identityClientId
  RETURNS_SERVICEBUS__fullyQualifiedNamespace: serviceBusNamespace
  RETURNS_SERVICEBUS__credential: 'managedidentity'
  RETURNS_SERVICEBUS__clientId: identityClientId
  RETURNS_TASK_HUB: taskHubName

  // Secrets: versionless Key Vault references, resolved with keyVaultReferenceIdentity.
  RETURNS_ADMIN_API_KEY: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/admin-api-key/)'
  RETURNS_LINK_SIGNING_KEY: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/link-signing-key/)'
  RETURNS_SHOPIFY_WEBHOOK_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/shopify-webhook-secret/)'
  RETURNS_WOOCOMMERCE_WEBHOOK_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/woocommerce-webhook-secret/)'
  RETURNS_AFTERSHIP_WEBHOOK_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/aftership-webhook-secret/)'
  RETURNS_EASYPOST_WEBHOOK_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/easypost-webhook-secret/)'
  RETURNS_CARRIER_WEBHOOK_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/carrier-webhook-secret/)'
  RETURNS_WEBHOOK_SIGNING_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/webhook-signing-secret/)'
  RETURNS_SENDGRID_API_KEY: hasSendGridApiKey
    ? '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/sendgrid-api-key/)'
    : ''
  RETURNS_EASYPOST_API_KEY: hasEasyPostApiKey
    ? '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/easypost-api-key/)'
    : ''
  RETURNS_STRIPE_API_KEY: hasStripeApiKey ? '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/stripe-api-key/)' : ''

  RETURNS_SHOP_NAME: shop.name
  RETURNS_EMAIL_FROM: shop.emailFrom
  RETURNS_MERCHANT_EMAIL: shop.merchantEmail
  RETURNS_SHOP_ORIGIN_COUNTRY: shop.originCountry
  RETURNS_SHOP_ORIGIN_CITY: shop.originCity
  RETURNS_SHOP_ORIGIN_POSTAL_CODE: shop.originPostalCode
  RETURNS_SHOP_ORIGIN_ADDRESS: shop.originAddress

  RETURNS_PUBLIC_URL: publicUrl
  RETURNS_WEBHOOK_URLS: webhookUrls
  RETURNS_EASYPOST_BASE_URL: advanced.easyPostBaseUrl
  RETURNS_STRIPE_API_BASE: advanced.stripeApiBase
  RETURNS_RULES_DIR: advanced.rulesDir
  RETURNS_ROUTING_DIR: advanced.routingDir
  RETURNS_BACKOFFICE_DIR: advanced.backofficeDir
  RETURNS_STORE_CREDIT_BONUS_PERCENT: string(advanced.storeCreditBonusPercent)
  RETURNS_ANALYTICS_CURRENCY: advanced.analyticsCurrency
  RETURNS_LOOKUP_FAILURE_LIMIT: string(advanced.lookupFailureLimit)
  RETURNS_ACTIVITY_ATTEMPTS: string(advanced.activityAttempts)
  RETURNS_PARKED_AUTO_RETRIES: string(advanced.parkedAutoRetries)

  RETURNS_CONFIRMATION_TIMEOUT: timings.confirmationTimeout
  RETURNS_APPROVAL_TIMEOUT: timings.approvalTimeout
  RETURNS_LABEL_EXPIRY: timings.labelExpiry
  RETURNS_LABEL_REMINDER: timings.labelReminder
  RETURNS_INSPECTION_TIMEOUT: timings.inspectionTimeout
  RETURNS_CUSTOMS_HOLD_SLA: timings.customsHoldSla
  RETURNS_REFUND_DEADLINE_WARNING: timings.refundDeadlineWarning
  RETURNS_INSTANT_EXCHANGE_TIMEOUT: timings.instantExchangeTimeout
  RETURNS_STORE_CREDIT_VALIDITY: timings.storeCreditValidity
  RETURNS_CLAIM_REMINDER_INTERVAL: timings.claimReminderInterval
  RETURNS_CONSOLIDATION_CHECK_INTERVAL: timings.consolidationCheckInterval
  RETURNS_ANALYTICS_REFRESH: timings.analyticsRefresh
  RETURNS_ACTION_SETTLE_TIMEOUT: timings.actionSettleTimeout
  RETURNS_ACTIVITY_RETRY_INTERVAL: timings.activityRetryInterval
  RETURNS_PARKED_RETRY_INTERVAL: timings.parkedRetryInterval
}

// Overrides host.json's Azure Storage provider when the Durable Task Scheduler backend is chosen.
var durableTaskSchedulerSettings = {
  DURABLE_TASK_SCHEDULER_CONNECTION_STRING: 'Endpoint=${durableTaskSchedulerEndpoint};TaskHub=${taskHubName};Authentication=ManagedIdentity;ClientID=${identityClientId}'
  AzureFunctionsJobHost__extensions__durableTask__storageProvider__type: 'azureManaged'
  AzureFunctionsJobHost__extensions__durableTask__storageProvider__connectionStringName: 'DURABLE_TASK_SCHEDULER_CONNECTION_STRING'
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true } // Linux
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(appSettings, empty(durableTaskSchedulerEndpoint) ? {} : durableTaskSchedulerSettings)
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
