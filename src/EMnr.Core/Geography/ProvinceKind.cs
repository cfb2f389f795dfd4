namespace EMnr.Core.Geography;

public enum ProvinceKind
{
    Province,
    Prefecture,
}
