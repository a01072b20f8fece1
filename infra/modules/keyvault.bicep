// Secrets the app reads through Key Vault references (RBAC, no access policies). Purge protection means a
// deleted vault keeps its name for the retention period: recover it rather than recreate it.
param name string
param location string
param tags object
@description('The app\'s managed identity: reads secrets.')
param readerPrincipalId string
@description('Whoever runs azd (AZURE_PRINCIPAL_ID): azd reads the secrets back on the next provision and the merchant replaces partner secrets with az keyvault secret set. Empty: no assignment.')
param adminPrincipalId string = ''
@secure()
@description('Secret name to value, each required.')
param secrets object
@secure()
@description('Secret name to value; an empty value creates no secret (optional API keys).')
param optionalSecrets object

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled' // Flex Consumption without a virtual network resolves references over the internet
  }
}

// Required secrets: 15 characters or more (what azd's secretOrRandomPassword generates; the app refuses shorter ones).
resource secret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [
  for entry in items(secrets): {
    parent: vault
    name: entry.key
    properties: { value: entry.value }
  }
]

resource optionalSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [
  for entry in items(optionalSecrets): if (!empty(entry.value)) {
    parent: vault
    name: entry.key
    properties: { value: entry.value }
  }
]

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// No principalType: the deployer may be a user or a CI service principal.
resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(adminPrincipalId)) {
  name: guid(vault.id, adminPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: adminPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
